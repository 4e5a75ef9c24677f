/**
 * Astro's `glob()` loader for article files, with the checks that need the file as written:
 * bytes that are not UTF-8, dates YAML would silently roll over (2024-02-30 becomes 1 March),
 * an empty body, a structure that would overwhelm the parser, and two files that would publish
 * to the same URL. Astro stops at the first entry its schema refuses; this loader goes on and
 * refuses them all at the end, each named with its file and field, so that one build shows every
 * broken entry. Only a body the parser must not see stops the load at once.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import * as yaml from 'js-yaml';
import { articlePath } from '../routes.ts';
import { ArticleDataError, readArticleData } from '../schema/article.ts';
import { articleIdFromPath } from '../text/slug.ts';
import { findStructureProblem } from './structure-guard.ts';
import { decodeUtf8 } from '../text/utf8.ts';

/** An error about one article file, naming it and the field. */
export class ArticleFileError extends Error {
  /** Its body must not reach a parser (the structure guard refused it). */
  readonly unsafe: boolean;
  constructor(file: string, field: string, advice: string, { unsafe = false } = {}) {
    super(`${file}: ${field}: ${advice}`);
    this.name = 'ArticleFileError';
    this.unsafe = unsafe;
  }
}

/** Every article a build refuses, one line each, naming the file and the field. */
export class RefusedArticlesError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    const count = problems.length === 1 ? 'An article' : `${problems.length} articles`;
    super(`${count} cannot be published:\n  ${problems.join('\n  ')}`);
    this.name = 'RefusedArticlesError';
    this.problems = problems;
  }
}

const dateFields = ['published', 'retrieved'] as const;

/** Checks the raw file and returns the frontmatter dates as written, for the schema to judge. */
export function inspectArticleFile(file: string, bytes: Uint8Array): Record<string, unknown> {
  const decoded = decodeUtf8(bytes);
  if ('badByte' in decoded) {
    throw new ArticleFileError(
      file,
      'encoding',
      `byte ${decoded.badByte} is not UTF-8; save the file as UTF-8 (iconv -f WINDOWS-1252 -t UTF-8 is a common fix)`,
    );
  }
  const { text } = decoded;
  const raw = extractFrontmatter(text.replace(/^\uFEFF/, ''));
  const body = raw === undefined ? text : text.slice(text.indexOf(raw) + raw.length).replace(/^---/, '');
  if (!body.trim()) throw new ArticleFileError(file, 'body', 'the article has no text; add the article below the closing ---');
  const problem = findStructureProblem(body);
  if (problem) {
    const bodyStart = text.slice(0, text.length - body.length).split('\n').length - 1;
    throw new ArticleFileError(file, `body, line ${bodyStart + problem.line}`, problem.message, { unsafe: true });
  }
  // The JSON schema leaves timestamps as the strings written, so the schema can reject 2024-02-30.
  // Only worth a second parse when the frontmatter has a date field at all.
  if (raw === undefined || !/^\s*(?:published|retrieved)\s*:/m.test(raw)) return {};
  const asWritten = (yaml.load(raw, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown> | null) ?? {};
  const dates: Record<string, unknown> = {};
  for (const field of dateFields) if (field in asWritten) dates[field] = asWritten[field];
  return dates;
}

/** Marks a refused entry in the store, so that no later build takes it as already checked. */
const REFUSED = '__refused';

/** The problems of an entry, each as "file: field: message". */
function problemsOf(error: unknown, file: string, data: Record<string, unknown>): string[] {
  if (error instanceof ArticleFileError) return [error.message];
  // Astro's schema error stops at its own words; the same schema names each field.
  try {
    readArticleData(data);
  } catch (schemaError) {
    if (schemaError instanceof ArticleDataError) return schemaError.problems.map((problem) => `${file}: ${problem}`);
  }
  throw error;
}

export function articlesLoader(base: URL): Loader {
  const inner = glob({
    pattern: '**/*.{md,markdown}',
    base,
    generateId: ({ entry }) => articleIdFromPath(entry),
  });
  return {
    name: 'articles-loader',
    load: async (context: LoaderContext) => {
      const owners = new Map<string, string>();
      const problems: string[] = [];
      const parsed = new Map<string, string>();
      const root = new URL('.', context.config.root).pathname;
      // The glob loader keeps an unchanged file's entry without asking again: never a refused one.
      for (const entry of context.store.values()) if (entry.data[REFUSED]) context.store.delete(entry.id);
      await inner.load({
        ...context,
        parseData: async (props) => {
          const file = props.filePath ? relative(root, props.filePath) : props.id;
          let data: Record<string, unknown> = props.data;
          try {
            const owner = owners.get(props.id);
            if (owner && owner !== file) {
              throw new ArticleFileError(
                file,
                'file name',
                `publishes to the same URL (${articlePath(props.id)}) as ${owner}; rename one of them`,
              );
            }
            owners.set(props.id, file);
            data = { ...props.data, ...(props.filePath ? inspectArticleFile(file, readFileSync(props.filePath)) : {}) };
            const valid = await context.parseData({ ...props, data: data as typeof props.data });
            parsed.set(props.id, file);
            return valid;
          } catch (error) {
            if (error instanceof ArticleFileError && error.unsafe) throw error;
            problems.push(...problemsOf(error, file, data));
            return { [REFUSED]: true } as unknown as typeof props.data;
          }
        },
      });
      // The glob loader reports a failed render and goes on; a page without its article must not.
      for (const [id, file] of parsed) {
        if (!context.store.get(id)?.rendered)
          problems.push(`${file}: body: could not be rendered (the reason is in the "Error rendering" line above)`);
      }
      if (problems.length > 0) throw new RefusedArticlesError(problems.sort());
    },
  };
}
