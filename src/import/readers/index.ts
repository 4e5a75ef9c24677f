/** The importer's readers by format: the one place that turns an original's text into articles. */
import { ImportError, type ImportedArticle, type OriginalFormat, type ReaderOptions } from '../imported.ts';
import { columnMap, readCsvRows, readJsonLines, type ColumnMap, type DatasetRow } from './dataset.ts';
import { readWebPage } from './web-page.ts';
import { readScrapedText } from './scraped-text.ts';

/** What one original file yields: one article for a report, a row each for a dataset. */
export interface ReadFile {
  rows: DatasetRow[];
  /** The columns a dataset was read by (recorded with each row's original). */
  columns?: ColumnMap | undefined;
}

/** Reads `text` (an original file, decoded) as `format`; `file` names it in messages. */
export function readFile(format: OriginalFormat, text: string, file: string, options: ReaderOptions = {}): ReadFile {
  switch (format) {
    case 'text':
      return { rows: [{ row: 1, original: text, article: readScrapedText(text, file, options) }] };
    case 'html':
      return { rows: [{ row: 1, original: text, article: readWebPage(text, file, options) }] };
    case 'csv':
    case 'jsonl': {
      const columns = { ...columnMap(options.map), ...options.columns };
      const read = format === 'csv' ? readCsvRows : readJsonLines;
      return { rows: read(text, file, { ...options, columns }), columns };
    }
  }
}

/**
 * Reads one article's original again, as the fidelity check does: a report, or one dataset row
 * kept as a file of its own (read by the columns its entry records).
 */
export function readOriginal(format: OriginalFormat, text: string, file: string, options: ReaderOptions = {}): ImportedArticle {
  const { rows } = readFile(format, text, file, options);
  const [only] = rows;
  if (rows.length !== 1 || !only) throw new ImportError(`${file}: holds ${rows.length} articles, not one`);
  if (!only.article) throw new ImportError(`${file}: ${only.skipped ?? 'no article'}`);
  return only.article;
}
