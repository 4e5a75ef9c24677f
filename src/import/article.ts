/** What every reader of the importer yields: an article's metadata and its text, as the original says it. */
import type { originalFormats } from '../schema/article.ts';
import type { Cleanup } from './cleanup.ts';

export type OriginalFormat = (typeof originalFormats)[number];

export interface ImportedArticle {
  title: string;
  source: { name: string; url?: string | undefined };
  /** `YYYY-MM-DD` (optionally with a time), as the original gives it; never invented. */
  published?: string | undefined;
  lang?: string | undefined;
  /** The body, one entry a paragraph: the original's text after the logged clean-ups, nothing else. */
  paragraphs: string[];
  /** Every change the clean-ups made, in order. */
  cleanup: Cleanup[];
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
}
