/** The importer's readers by format: the one place that turns an original's text into an article. */
import { ImportError, type ImportedArticle, type OriginalFormat, type ReaderOptions } from './article.ts';
import { readScrapedText } from './text.ts';

/** Reads `text` (the original, decoded) as `format`; `file` names it in messages. */
export function readOriginal(format: OriginalFormat, text: string, file: string, options: ReaderOptions = {}): ImportedArticle {
  if (format === 'text') return readScrapedText(text, file, options);
  throw new ImportError(`${file}: the ${format} reader is not built yet; only scraped text (.txt) can be imported so far`);
}
