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

/** An original the importer cannot make an article of: says which file, and why. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ReaderOptions {
  /** The credit when the original names none (or to override it). */
  sourceName?: string | undefined;
  /** The article's language when the original does not say. */
  lang?: string | undefined;
  /** For datasets, `--map`: `title=headline,text=body` over the default columns. */
  map?: string | undefined;
  /** For datasets, columns by field over the default ones (as an entry records them). */
  columns?: Partial<Record<(typeof datasetFields)[number], string>> | undefined;
}

/** A site's name from its address, the credit of last resort: `https://www.bbc.co.uk/news/…` → `bbc.co.uk`. */
export const hostName = (url: string | undefined): string | undefined =>
  url && isHttpUrl(url) ? new URL(url).hostname.replace(/^www\./, '') : undefined;

/** A body of plain paragraphs. */
export function paragraphsTree(paragraphs: readonly string[]): Root {
  return { type: 'root', children: paragraphs.map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] })) };
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
