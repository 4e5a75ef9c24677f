/**
 * Writes an imported article as a content entry: the frontmatter (with the original's provenance
 * and the clean-up log) and the body, each paragraph a Markdown text node. mdast-util-to-markdown
 * escapes whatever CommonMark or GFM would read as syntax (`*`, `_`, `~`, `` ` ``, `<`, `[`, `#`,
 * `>`, `+`, `-`, `1.` at a line's start, `&amp;`, four-space indents, trailing spaces, …), so
 * the page shows the text exactly as written.
 */
import * as yaml from 'js-yaml';
import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { ImportedArticle, OriginalFormat, WrittenArticle } from './imported.ts';

export interface Provenance {
  /** Relative to the entry's file. */
  path: string;
  sha256: string;
  format: OriginalFormat;
  /** A dataset row's columns, by field. */
  columns?: Partial<Record<string, string>> | undefined;
  /** The name of the file a report was imported from: its identity when it has no URL. */
  name?: string | undefined;
  /** A dataset row's own id (`--map id=…`), a feed item's guid or id, a wire story's uri. */
  id?: string | undefined;
  /** The SHA-256 of the item's own bytes, for an item of a file of many. */
  item?: string | undefined;
  /** An archive record's `WARC-Record-ID`. */
  record?: string | undefined;
  /** When this copy was imported. */
  retrieved?: string | undefined;
  /** The SHA-256 of the version it replaced. */
  previous?: string | undefined;
}

// Made once: each call of `gfmToMarkdown` makes new escape patterns, and a pattern keeps the
// expression compiled from it, so that made once they are compiled once, not for every article.
const literal = { extensions: [gfmToMarkdown()] };

/** The Markdown whose rendering reads as the tree's text, word for word and mark for mark. */
export function literalMarkdown(body: Root): string {
  return toMarkdown(body, literal);
}

/** `versions`: the earlier copies of the report, oldest first, when a source changed it. */
export function entryText(article: ImportedArticle | WrittenArticle, original: Provenance, versions: readonly Provenance[] = []): string {
  const frontmatter = {
    title: article.title,
    source: article.source.url ? { name: article.source.name, url: article.source.url } : { name: article.source.name },
    ...(article.byline ? { byline: article.byline } : {}),
    ...(article.published ? { published: article.published } : {}),
    ...(article.lang ? { lang: article.lang } : {}),
    original,
    ...(versions.length ? { versions } : {}),
    ...(article.cleanup.length ? { cleanup: article.cleanup } : {}),
  };
  // Dates stay strings as written; the schema checks them against the calendar. Each clean-up on
  // a line of its own (flow style from the second level): easier to read, and quicker for
  // the build to parse than one flow of them all.
  const yamlText = yaml.dump(frontmatter, { lineWidth: -1, noRefs: true, flowLevel: 2 });
  return `---\n# Imported by npm run import; the original is kept at original.path, every change to its text is in cleanup.\n${yamlText}---\n\n${'markdown' in article ? article.markdown : literalMarkdown(article.body)}`;
}
