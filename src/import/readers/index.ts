/**
 * The importer's readers by format: the one place that turns an original's text into articles,
 * and reads one article's original again for the fidelity check and the pages. Reading whole
 * input files (archives as streams, thousands of items on threads) is `../files.ts`.
 */
import { originalText } from '../bytes.ts';
import { ImportError, type ImportedArticle, type OriginalFormat, type OriginalItem, type ReaderOptions } from '../imported.ts';
import { columnMap, readCsvRows, readJsonLines, type ColumnMap } from './dataset.ts';
import { readFeed } from './feed.ts';
import { readNinjs } from './ninjs.ts';
import { readWarcRecord, warcShownText } from './warc.ts';
import { readWebPage } from './web-page.ts';
import { readScrapedText } from './scraped-text.ts';

/** The formats whose files hold many articles, each kept as its own original (a cut of the file). */
export const manyArticleFormats: ReadonlySet<OriginalFormat> = new Set(['csv', 'jsonl', 'feed', 'ninjs', 'warc']);

/** Reads a text original (decoded) as `format`; `file` names it in messages. */
export function readText(
  format: Exclude<OriginalFormat, 'warc'>,
  text: string,
  file: string,
  options: ReaderOptions,
): { items: OriginalItem[]; columns?: ColumnMap } {
  switch (format) {
    case 'text':
      return { items: [{ row: 1, label: 'report', original: text, article: readScrapedText(text, file, options) }] };
    case 'html':
      return { items: [{ row: 1, label: 'page', original: text, article: readWebPage(text, file, options) }] };
    case 'feed':
      return { items: readFeed(text, file, options) };
    case 'ninjs':
      return { items: readNinjs(text, file, options) };
    case 'csv':
    case 'jsonl': {
      const columns = { ...columnMap(options.map), ...options.columns };
      const read = format === 'csv' ? readCsvRows : readJsonLines;
      return { items: read(text, file, { ...options, columns }), columns };
    }
  }
}

/**
 * Reads one article's original again, as the fidelity check and the pages do: a report, or one
 * item of a file kept as a file of its own (a dataset row read by the columns its entry records,
 * a feed item, a wire story, an archive record). It must hold exactly one article.
 */
export async function readOriginal(
  format: OriginalFormat,
  bytes: Uint8Array,
  file: string,
  options: ReaderOptions = {},
): Promise<OriginalItem & { article: ImportedArticle }> {
  const items =
    format === 'warc' ? await readWarcRecord(bytes, file, options) : readText(format, originalText(bytes, file), file, options).items;
  const [only] = items;
  if (items.length !== 1 || !only) throw new ImportError(`${file}: holds ${items.length} articles, not one`);
  if (!only.article) throw new ImportError(`${file}: ${only.skipped ?? 'no article'}`);
  return { ...only, article: only.article };
}

/**
 * An original's text as its page shows it: the text it is, or, for an archive's record that is
 * not UTF-8 text (a page stored compressed), its headers and its page as a browser reads it.
 */
export async function originalShownText(format: OriginalFormat, bytes: Uint8Array, file: string): Promise<string> {
  return format === 'warc' ? warcShownText(bytes, file) : originalText(bytes, file);
}
