/**
 * The dataset reader: one article a row of a CSV file (read with csv-parse, never split by hand)
 * or a JSON Lines file. Columns are mapped to fields (`title`, `text`, `url`, `date`, `source`,
 * `lang`) by name, with defaults that fit common datasets. Each row is also kept as a small file
 * of its own (for CSV, the header line and the row, byte for byte), which reads back as the same
 * article: that is the row's original.
 */
import { parse } from 'csv-parse/sync';
import { datasetFields, isHttpUrl } from '../../schema/article.ts';
import { hostName, ImportError, type ImportedArticle, type OriginalItem, type ReaderOptions } from '../imported.ts';
import { cleanParagraph, removeDateline, type Cleanup } from '../cleanup.ts';
import { textBody } from '../body.ts';

export type DatasetField = (typeof datasetFields)[number];
/** The column of each field; a row's `id` is read only when `--map id=COLUMN` names one. */
export type ColumnMap = Record<Exclude<DatasetField, 'id'>, string> & { id?: string };

/** The column each field is read from when `--map` does not say. */
export const defaultColumns: ColumnMap = { title: 'title', text: 'text', url: 'url', date: 'date', source: 'source', lang: 'lang' };

/** `title=headline,text=body` over the defaults; unknown fields are refused. */
export function columnMap(spec: string | undefined): ColumnMap {
  const map: ColumnMap = { ...defaultColumns };
  for (const pair of (spec ?? '').split(',').filter((part) => part.trim())) {
    const [field = '', column = ''] = pair.split('=').map((part) => part.trim());
    if (!(datasetFields as readonly string[]).includes(field) || !column) {
      throw new ImportError(`--map: "${pair}" is not FIELD=COLUMN with FIELD one of ${datasetFields.join(', ')}`);
    }
    map[field as DatasetField] = column;
  }
  return map;
}

export interface DatasetOptions extends ReaderOptions {
  columns: ColumnMap;
}

function field(values: Record<string, unknown>, column: string): string | undefined {
  const value = values[column];
  return typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;
}

/** Makes one row's article, or says why the row cannot be one. */
function articleOf(values: Record<string, unknown>, options: DatasetOptions): ImportedArticle | string {
  const { columns } = options;
  const title = field(values, columns.title);
  const text = field(values, columns.text);
  if (!title || !text) return `no ${!title ? `title (column "${columns.title}")` : `text (column "${columns.text}")`}`;
  const url = field(values, columns.url);
  const date = field(values, columns.date);
  // The credit: the row's own, else the one given, else the address it was published at.
  const named = options.sourceName ?? field(values, columns.source);
  const name = named ?? hostName(url);
  if (!name) return `no source (column "${columns.source}"); give --source-name`;
  const cleanup: Cleanup[] = [];
  const body = textBody(removeDateline(text, date, cleanup), cleanup);
  if (body.children.length === 0) return `no text once its dateline is set apart (column "${columns.text}")`;
  const lang = options.lang ?? field(values, columns.lang);
  return {
    title: cleanParagraph(title, cleanup),
    source: { name, ...(url && isHttpUrl(url) ? { url } : {}) },
    ...(named ? {} : { notes: [`credited to ${name}, the host of its address: the row names no source`] }),
    ...(date ? { published: date } : {}),
    ...(lang ? { lang } : {}),
    body,
    cleanup,
  };
}

/** A row's own id, from the column `--map id=…` names: the same id imported again is a new version of the row. */
function rowId(values: Record<string, unknown>, columns: ColumnMap): { id?: string } {
  const id = columns.id === undefined ? undefined : field(values, columns.id);
  return id ? { id } : {};
}

/** csv-parse's raw record keeps its line end, or with CRLF only the CR: each row file ends its lines. */
const asLine = (raw: string) => (raw.endsWith('\n') ? raw : `${raw}\n`);

export function readCsvRows(text: string, file: string, options: DatasetOptions): OriginalItem[] {
  let records: Array<{ record: string[]; raw: string }>;
  try {
    records = parse(text, { raw: true, bom: true }) as unknown as Array<{ record: string[]; raw: string }>;
  } catch (error) {
    throw new ImportError(`${file}: not a CSV file csv-parse can read: ${(error as Error).message}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new ImportError(`${file}: the CSV file has no header line`);
  for (const wanted of [options.columns.title, options.columns.text]) {
    if (!header.record.includes(wanted))
      throw new ImportError(`${file}: no column "${wanted}" (columns: ${header.record.join(', ')}); map one with --map`);
  }
  return rows.map(({ record, raw }, i) => {
    const values = Object.fromEntries(header.record.map((column, k) => [column, record[k]]));
    const article = articleOf(values, options);
    const original = `${asLine(header.raw)}${asLine(raw)}`;
    const id = rowId(values, options.columns);
    const at = { row: i + 1, label: `row ${i + 1}`, original };
    return typeof article === 'string' ? { ...at, skipped: article } : { ...at, article, ...id };
  });
}

export function readJsonLines(text: string, file: string, options: DatasetOptions): OriginalItem[] {
  const rows: OriginalItem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let values: unknown;
    try {
      values = JSON.parse(line);
    } catch (error) {
      throw new ImportError(`${file}: line ${i + 1} is not JSON: ${(error as Error).message}`);
    }
    if (typeof values !== 'object' || values === null || Array.isArray(values))
      throw new ImportError(`${file}: line ${i + 1} is not a JSON object`);
    const article = articleOf(values as Record<string, unknown>, options);
    const original = `${line}\n`;
    const id = rowId(values as Record<string, unknown>, options.columns);
    const at = { row: rows.length + 1, label: `row ${rows.length + 1}`, original };
    rows.push(typeof article === 'string' ? { ...at, skipped: article } : { ...at, article, ...id });
  });
  return rows;
}
