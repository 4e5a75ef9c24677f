/**
 * The frontmatter schema of an article entry. Kept apart from Astro's content config so that
 * it can be tested directly and shared with the verifier, which reads each entry through it
 * (`readArticleData`): one rule for every field, such as `lang`'s default, wherever it is read.
 */
import { z } from 'astro/zod';
import { topicPath } from '../routes.ts';
import { topicSlug } from '../text/slug.ts';

const nonEmpty = (field: string) =>
  z
    .string({ error: `${field} is required and must be text` })
    .trim()
    .min(1, { error: `${field} must not be empty` });

/** An absolute http(s) URL; anything else (relative, `#`, `javascript:`) is not a source link. */
const httpUrl = z
  .string({ error: 'source.url must be text' })
  .trim()
  .refine((value) => isHttpUrl(value), {
    error: 'source.url must be an absolute http:// or https:// URL (leave it out when unknown)',
  });

export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/** BCP 47 tag, checked and canonicalised by the platform rather than a home-made pattern. */
const languageTag = z
  .string({ error: 'lang must be a BCP 47 language tag such as "en" or "ar"' })
  .trim()
  .transform((value, ctx) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(value);
      if (canonical) return canonical;
    } catch {
      // fall through to the issue below
    }
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `lang "${value}" is not a BCP 47 language tag (e.g. "en", "ar", "pt-BR")`,
    });
    return z.NEVER;
  });

/**
 * A calendar date. YAML turns `2024-02-30` into 1 March without a word, so dates are checked
 * against the text as written when Astro hands us a string, and real Date objects are accepted
 * only when valid.
 */
const calendarDate = (field: string) =>
  z.union([z.string(), z.date()], { error: `${field} must be a date such as 2024-11-17` }).transform((value, ctx) => {
    const date = parseCalendarDate(value);
    if (date) return date;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `${field} "${String(value)}" is not a real date; write it as YYYY-MM-DD (optionally with a time)`,
    });
    return z.NEVER;
  });

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseCalendarDate(value: string | Date): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  const match = isoDate.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d, hh = '0', mm = '0', ss = '0'] = match;
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return undefined;
  const parsed = new Date(value.trim().replace(' ', 'T'));
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

const sha256 = (field: string) => z.string().regex(/^[0-9a-f]{64}$/, { error: `${field} must be 64 lowercase hexadecimal digits` });

/** Unknown fields are most often typos (`publised`, `autor`): name them and what is allowed. */
export function objectErrors(allowed: readonly string[], where: string, missing: string) {
  return (issue: { code?: string; keys?: string[]; input?: unknown }) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue.keys ?? []).map((key) => `"${where}${key}"`).join(', ');
      return `unknown field ${keys}; a typo? Allowed: ${allowed.map((key) => `${where}${key}`).join(', ')}`;
    }
    return issue.input === undefined ? missing : undefined;
  };
}

/** The fields an entry may have; any other is refused as a likely typo. */
export const articleFields = [
  'title',
  'source',
  'byline',
  'published',
  'updated',
  'retrieved',
  'lang',
  'summary',
  'tags',
  'corrections',
  'original',
  'versions',
  'cleanup',
] as const;

/** The formats an original can arrive in (`npm run import`). */
export const originalFormats = ['text', 'html', 'csv', 'jsonl', 'feed', 'ninjs', 'warc'] as const;

/** The fields a dataset row's columns are read into (`npm run import -- --map`). */
export const datasetFields = ['title', 'text', 'url', 'date', 'source', 'lang', 'id'] as const;

/** The importer's clean-up rules, each a markup fix that never changes a word (see src/import/cleanup.ts). */
export const cleanupRules = [
  'orphan-brackets',
  'placeholder-link',
  'split-paragraph',
  'invisible-characters',
  'html-entities',
  'dateline',
  'line-break',
  'site-name-in-title',
] as const;

/** What each clean-up rule fixes, in a reader's words: shown beside each change on an original's page. */
export const cleanupRuleMeanings: Record<(typeof cleanupRules)[number], string> = {
  'orphan-brackets': 'a link lost in scraping had left its text in brackets',
  'placeholder-link': 'a link that led nowhere reads as its text',
  'split-paragraph': 'a paragraph cut mid-sentence is joined again',
  'invisible-characters': 'invisible characters removed, no-break spaces made spaces',
  'html-entities': 'HTML character references shown as the characters they stand for',
  dateline: 'the first line repeated the date given with the report',
  'line-break': 'a line break ending a paragraph, which shows nothing, removed',
  'site-name-in-title': 'the site’s name after the headline (as in a browser tab) removed; the credit names the site',
};

/** Topics: free text, each with a slug of its own; two that would share an address are refused. */
const tagList = z
  .array(nonEmpty('tags[]'), { error: 'tags must be a list of topics, such as [Syria, Air strikes]' })
  .superRefine((tags, ctx) => {
    const seen = new Map<string, string>();
    for (const tag of tags) {
      // An empty tag is refused by its own rule.
      if (typeof tag !== 'string' || !tag.trim()) continue;
      const key = topicSlug(tag);
      if (!key) ctx.addIssue({ code: 'custom', message: `tag "${tag}" has no letters or digits to make an address from` });
      else if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          message: `tags "${seen.get(key)}" and "${tag}" are the same topic (both ${topicPath(key)}); keep one`,
        });
      else seen.set(key, tag);
    }
  });

/**
 * An original report an imported entry was made from, kept byte for byte: `path` (relative to
 * the entry's file), its `sha256` and its `format`, and what tells it apart from other reports
 * and versions. Written by `npm run import`; absent from entries written by hand.
 */
const originalReport = (field: string) =>
  z.strictObject(
    {
      /** Where the original is kept, relative to this entry's file (`../originals/<slug>.txt`). */
      path: nonEmpty(`${field}.path`),
      /** The SHA-256 of the original's bytes, 64 hexadecimal digits. */
      sha256: sha256(`${field}.sha256`),
      /** The format it was read as: text, html, csv, jsonl, feed (RSS, Atom, JSON Feed), ninjs or warc. */
      format: z.enum(originalFormats, { error: `${field}.format must be one of ${originalFormats.join(', ')}` }),
      /** For a dataset row, the column each field was read from (`--map`); absent otherwise. */
      columns: z.partialRecord(z.enum(datasetFields), z.string()).optional(),
      /** The name of the file it was imported from: a report imported again under that name is a new version of it. */
      name: nonEmpty(`${field}.name`).optional(),
      /**
       * What tells the report apart from others across imports: a dataset row's `id` column
       * (`--map id=…`), a feed item's `guid` or `id`, a wire story's `uri`. A report imported again
       * with that id is a new version.
       */
      id: nonEmpty(`${field}.id`).optional(),
      /**
       * For an item of a file of many (a feed item, a wire story, an archive record): the SHA-256
       * of the item's own bytes (its `<item>`, its JSON object, its record's page). The original
       * kept is the file cut to this item; the same item coming again in a changed file is no new version.
       */
      item: sha256(`${field}.item`).optional(),
      /** For an archive record, its `WARC-Record-ID`. */
      record: nonEmpty(`${field}.record`).optional(),
      /** When this copy was imported (an ISO date and time); absent from entries imported before the time was recorded. */
      retrieved: calendarDate(`${field}.retrieved`).optional(),
      /** The SHA-256 of the version before it: each version names the one it replaced, so that none goes missing unseen. */
      previous: sha256(`${field}.previous`).optional(),
    },
    {
      error: objectErrors(
        ['path', 'sha256', 'format', 'columns', 'name', 'id', 'item', 'record', 'retrieved', 'previous'],
        `${field}.`,
        `${field} needs path, sha256 and format`,
      ),
    },
  );

export const articleSchema = z.strictObject(
  {
    /** The headline as published. Required, non-empty; the page's `<h1>` and `<title>`. */
    title: nonEmpty('title'),
    /**
     * Who published the report. Required. Shown as "Source: …" in the article's header, where the
     * verifier checks it is visible (and linked, with `url`).
     */
    source: z.strictObject(
      {
        /** The publisher's name as credited ("Press TV", "Reuters"). Required, non-empty. */
        name: nonEmpty('source.name'),
        /**
         * The report's address at the source: an absolute `http://` or `https://` URL. Optional;
         * the credit then links to it. `#`, relative and `javascript:` addresses are refused.
         */
        url: httpUrl.optional(),
      },
      { error: objectErrors(['name', 'url'], 'source.', 'source is required: give at least `source: { name: ... }`') },
    ),
    /** The byline as printed ("By Jane Doe"). Optional; shown under the headline. */
    byline: nonEmpty('byline').optional(),
    /**
     * When the source published the report: a real calendar date, `YYYY-MM-DD`, optionally with a
     * time. Optional; no date is ever invented. Orders the index (newest first, undated last).
     */
    published: calendarDate('published').optional(),
    /** When the source last updated the report; same format as `published`. Optional; shown beside it. */
    updated: calendarDate('updated').optional(),
    /** When the report was copied from the source; same format as `published`. Optional. */
    retrieved: calendarDate('retrieved').optional(),
    /**
     * The article's language, a BCP 47 tag, canonicalised (`pt-br` → `pt-BR`). Default `en`. Sets
     * `lang` and `dir` on the article, and the language the verifier segments it in.
     */
    lang: languageTag.default('en'),
    /** A one-sentence summary for the index and the page description. Optional; default: the article's first sentence. */
    summary: nonEmpty('summary').optional(),
    /**
     * Topics, free text (`[Syria, Air strikes]`), each published at `/topics/<slug>/`. Optional;
     * two tags with the same slug (`Air strikes`, `air-strikes`) are refused.
     */
    tags: tagList.optional(),
    /**
     * Corrections the source published, oldest first: each a `date` and the correction's `text`,
     * shown at the end of the article. Optional.
     */
    corrections: z
      .array(
        z.strictObject(
          {
            /** When the correction was published. */
            date: calendarDate('corrections[].date'),
            /** The correction as the source worded it. */
            text: nonEmpty('corrections[].text'),
          },
          { error: objectErrors(['date', 'text'], 'corrections[].', 'each correction needs a date and a text') },
        ),
        { error: 'corrections must be a list of { date, text }' },
      )
      .optional(),
    /**
     * The original report an imported entry was made from, kept byte for byte: `path` (relative
     * to this entry's file), its `sha256`, and its `format`. Written by `npm run import`; absent
     * from entries written by hand.
     */
    original: originalReport('original').optional(),
    /**
     * The earlier versions of the report, oldest first, each an original kept byte for byte as
     * `original` is (the newest): a source changed its report, and every copy it published is kept
     * and proved. Written by `npm run import` when a report comes again changed; editing the list
     * by hand breaks its chain (`previous`) and fails the build, naming the field.
     */
    versions: z.array(originalReport('versions[]'), { error: 'versions must be a list of originals' }).optional(),
    /**
     * Every change the importer made to the original's text, in order: the rule and the text
     * before and after. Markup only: no rule changes a word. Optional; default none.
     */
    cleanup: z
      .array(
        z.strictObject({
          /** The clean-up rule, one of `cleanupRules`. */
          rule: z.enum(cleanupRules, { error: `cleanup rule must be one of ${cleanupRules.join(', ')}` }),
          /** The original's text the rule changed, as written. */
          before: z.string(),
          /** What it became. */
          after: z.string(),
        }),
      )
      .optional(),
  },
  { error: objectErrors([...articleFields], '', 'the frontmatter is empty') },
);

export type Article = z.output<typeof articleSchema>;

/** A frontmatter that breaks the schema: each problem as "field: message". */
export class ArticleDataError extends Error {
  override name = 'ArticleDataError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('; '));
    this.problems = problems;
  }
}

/** Parses frontmatter data with the article schema, as the content collection does. */
export function readArticleData(data: unknown): Article {
  const parsed = articleSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new ArticleDataError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`));
}
