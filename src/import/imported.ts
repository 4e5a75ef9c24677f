/** What every reader of the importer yields: an article's metadata and its text, as the original says it. */
import type { Paragraph, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { isHttpUrl, type datasetFields, type originalFormats } from '../schema/article.ts';
import { sourceFactsOf, type SourceFacts } from '../text/source-facts.ts';
import type { Cleanup } from './cleanup.ts';

export type OriginalFormat = (typeof originalFormats)[number];

export interface ImportedArticle {
  title: string;
  source: { name: string; url?: string | undefined };
  /** Who wrote it, as the original names them ("Jane Doe and John Roe"); never guessed. */
  byline?: string | undefined;
  /** `YYYY-MM-DD` (optionally with a time), as the original gives it; never invented. */
  published?: string | undefined;
  lang?: string | undefined;
  /**
   * The body as Markdown's tree, its text nodes holding the original's text after the logged
   * clean-ups and nothing else (a report's paragraphs; a web page's headings, lists, quotes too).
   */
  body: Root;
  /** Every change the clean-ups made, in order. */
  cleanup: Cleanup[];
  /** What the importer tells its user about how it read the original (a credit taken from the address). */
  notes?: string[] | undefined;
}

/**
 * An article read on a thread, its body already as its entry writes it (`literalMarkdown`): a
 * tree is costly to send between threads, and the entry needs only its Markdown.
 */
export type WrittenArticle = Omit<ImportedArticle, 'body'> & { markdown: string };

/**
 * One article of an original file, or why it is none. A report or a web page is one; a dataset
 * row, a feed item, a wire story of a list, an archive's record each one of many, kept as its own
 * original: a cut of the file made only of its own bytes, which reads back as this article alone.
 */
export interface OriginalItem<Article = ImportedArticle> {
  /** 1-based, in the file's order (data rows only, for a dataset). */
  row: number;
  /** How messages name it within its file: `row 3`, `item 3`, `record 3`. */
  label: string;
  /** Its own original: the whole file for a report; the cut of it for an item of many. */
  original: string | Uint8Array;
  article?: Article | undefined;
  skipped?: string | undefined;
  /**
   * What tells its versions apart from other reports: a dataset row's id column (`--map id=…`), a
   * feed item's `guid`/`id`, a wire story's `uri`. The same id imported again is a new version.
   */
  id?: string | undefined;
  /**
   * The SHA-256 of the item's own bytes (a feed's `<item>`, a JSON object, an archive record's
   * payload): a copy whose item is unchanged is no new version, whatever else its file changed.
   */
  item?: string | undefined;
  /** An archive record's `WARC-Record-ID`. */
  record?: string | undefined;
  /** When the original was captured, when it says (an archive record's `WARC-Date`); else the import's time. */
  retrieved?: string | undefined;
}

/** An original the importer cannot make an article of: says which file, and why. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ReaderOptions {
  /** The credit when the original names none (or to override it). */
  sourceName?: string | undefined;
  /** The article's language when the original does not say. */
  lang?: string | undefined;
  /** The address the original was captured at (an archive record's target URI), when the page names none. */
  url?: string | undefined;
  /** For datasets, `--map`: `title=headline,text=body` over the default columns. */
  map?: string | undefined;
  /** For datasets, columns by field over the default ones (as an entry records them). */
  columns?: Partial<Record<(typeof datasetFields)[number], string>> | undefined;
}

/** A time as an entry records it: to the second, in UTC. */
export const isoSecond = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A site's name from its address, the credit of last resort: `https://www.bbc.co.uk/news/…` → `bbc.co.uk`. */
export const hostName = (url: string | undefined): string | undefined =>
  url && isHttpUrl(url) ? new URL(url).hostname.replace(/^www\./, '') : undefined;

/** A body of plain paragraphs. */
export function paragraphsTree(paragraphs: readonly string[]): Root {
  return { type: 'root', children: paragraphs.map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] })) };
}

const listFormats = new Map<string, Intl.ListFormat>();

/** The conjunction list format of a language (English when the tag is none Intl knows), made once. */
function listFormat(lang: string | undefined): Intl.ListFormat {
  const tag = lang || 'en';
  let format = listFormats.get(tag);
  if (!format) {
    try {
      format = new Intl.ListFormat(tag, { type: 'conjunction' });
    } catch {
      format = new Intl.ListFormat('en', { type: 'conjunction' });
    }
    listFormats.set(tag, format);
  }
  return format;
}

/** Names as the article's language joins a list ("Jane Doe and John Roe", "Jeanne Roux et Paul Dupont"). */
export function joinNames(names: readonly string[], lang: string | undefined): string | undefined {
  const unique = [...new Set(names.map((name) => name.trim()).filter(Boolean))];
  return unique.length === 0 ? undefined : listFormat(lang).format(unique);
}

/** White space as a browser shows it: runs collapsed to one space, none at the ends. */
function collapseWhiteSpace(text: string): string {
  // Most paragraphs have nothing to collapse; testing is a fraction of replacing.
  return /[\t\n\r\f]| {2}|^ | $/.test(text) ? text.replace(/[ \t\n\r\f]+/g, ' ').trim() : text;
}

/** The texts of a body made of plain paragraphs only (a report's, a dataset row's), else undefined. */
function plainParagraphs(body: Root): string[] | undefined {
  const texts: string[] = [];
  for (const node of body.children) {
    const [only, ...more] = node.type === 'paragraph' ? node.children : [];
    if (!only || more.length > 0 || only.type !== 'text') return undefined;
    texts.push(only.value);
  }
  return texts;
}

/** What a reader of the article's page gets of its body: text blocks and blockquotes. */
export function bodyFacts(article: Pick<ImportedArticle, 'body'>, lang: string): SourceFacts {
  // Plain paragraphs read as themselves, their white space collapsed as a browser does; going
  // through hast for them is most of the proof's cost for an imported article (`npm run bench:import`).
  const paragraphs = plainParagraphs(article.body);
  if (paragraphs) return { blocks: paragraphs.map(collapseWhiteSpace).filter(Boolean), blockquotes: [], lang };
  return sourceFactsOf(toHast(article.body) as import('hast').Root, lang);
}
