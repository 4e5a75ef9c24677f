/**
 * An import from files to entries: reads every input, plans every file to write, and writes only
 * when the whole plan holds, so that a failed import leaves the content folder exactly as it was.
 * The same input gives the same files, byte for byte: importing again changes nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { ImportError, type OriginalFormat, type ReaderOptions } from './imported.ts';
import { entryText } from './entry.ts';
import { titleSlug } from '../text/slug.ts';
import { originalText, sha256 } from './bytes.ts';
import { readFile } from './readers/index.ts';

export interface ImportOptions extends ReaderOptions {
  /** Where entries go; originals go to `originals/` beside it. Default `content/articles`. */
  out: string;
  /** Read the inputs as this format instead of by their extension. */
  format?: OriginalFormat | undefined;
  /** The working folder paths are shown relative to. */
  cwd: string;
  /** Called after each input is read. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface PlannedArticle {
  input: string;
  entry: string;
  original: string;
  /** `new`: no entry yet; `unchanged`: the same files are there; `updated`: the entry differs. */
  status: 'new' | 'unchanged' | 'updated';
  cleanups: number;
}

export interface ImportPlan {
  articles: PlannedArticle[];
  /** Dataset rows that are no article (no title, no text), and why. */
  skipped: Array<{ input: string; why: string }>;
  /** Files to write, by absolute path. */
  writes: Map<string, Uint8Array | string>;
}

const originalExtension: Record<OriginalFormat, string> = { text: '.txt', html: '.html', csv: '.csv', jsonl: '.jsonl' };

const formatsByExtension: Record<string, OriginalFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The files named on the command line, folders opened (recursively), in a stable order. */
export function inputFiles(paths: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (!existsSync(absolute)) throw new ImportError(`${path}: no such file or folder`);
    if (statSync(absolute).isDirectory()) {
      const inside = (readdirSync(absolute, { recursive: true }) as string[])
        .map((name) => join(absolute, name))
        .filter((file) => statSync(file).isFile() && extname(file).toLowerCase() in formatsByExtension);
      files.push(...inside.sort());
    } else {
      files.push(absolute);
    }
  }
  return [...new Set(files)];
}

function formatOf(file: string, shown: string, forced: OriginalFormat | undefined): OriginalFormat {
  const format = forced ?? formatsByExtension[extname(file).toLowerCase()];
  if (!format)
    throw new ImportError(`${shown}: cannot tell its format from the extension "${extname(file)}"; give --format text|html|csv|jsonl`);
  return format;
}

/** The digest of the original an existing entry records, if any. */
function recordedSha(entryPath: string): string | undefined {
  if (!existsSync(entryPath)) return undefined;
  const { original } = parseFrontmatter(readFileSync(entryPath, 'utf8')).frontmatter as { original?: { sha256?: unknown } };
  return typeof original?.sha256 === 'string' ? original.sha256 : undefined;
}

export function planImport(paths: readonly string[], options: ImportOptions): ImportPlan {
  const outDir = resolve(options.cwd, options.out);
  const originalsDir = join(dirname(outDir), 'originals');
  const plan: ImportPlan = { articles: [], skipped: [], writes: new Map() };
  /** Which original (by digest) each slug belongs to in this import. */
  const owners = new Map<string, { sha: string; input: string }>();
  const taken = (slug: string, sha: string) => {
    const owner = owners.get(slug);
    const recorded = recordedSha(join(outDir, `${slug}.md`));
    return (owner !== undefined && owner.sha !== sha) || (recorded !== undefined && recorded !== sha);
  };
  const files = inputFiles(paths, options.cwd);
  for (const [index, file] of files.entries()) {
    options.onProgress?.(index, files.length);
    const shown = relative(options.cwd, file) || file;
    const format = formatOf(file, shown, options.format);
    const bytes = readFileSync(file);
    const { rows, columns } = readFile(format, originalText(bytes, shown), shown, options);
    for (const row of rows) {
      const input = rows.length > 1 || format === 'csv' || format === 'jsonl' ? `${shown} row ${row.row}` : shown;
      if (!row.article) {
        plan.skipped.push({ input, why: row.skipped ?? 'no article' });
        continue;
      }
      // A report is kept as it came; a dataset row as the small file of its own it reads back from.
      const originalBytes = rows.length === 1 && format !== 'csv' && format !== 'jsonl' ? bytes : Buffer.from(row.original);
      const sha = sha256(originalBytes);
      // Two originals with one title are told apart by their digests; the same original keeps its slug.
      let slug = titleSlug(row.article.title);
      if (taken(slug, sha)) slug = `${slug}-${sha.slice(0, 8)}`;
      const owner = owners.get(slug);
      if (owner) {
        if (owner.sha === sha) continue;
        throw new ImportError(`${input} and ${owner.input} would both be published as ${slug}; rename one of them`);
      }
      owners.set(slug, { sha, input });
      const entryPath = join(outDir, `${slug}.md`);
      const originalPath = join(originalsDir, `${slug}${originalExtension[format]}`);
      const provenance = {
        path: relative(dirname(entryPath), originalPath).split('\\').join('/'),
        sha256: sha,
        format,
        ...(columns ? { columns } : {}),
      };
      const entry = entryText(row.article, provenance);
      const existing = existsSync(entryPath) ? readFileSync(entryPath, 'utf8') : undefined;
      const originalKept = existsSync(originalPath) && sha256(readFileSync(originalPath)) === sha;
      const status = existing === undefined ? 'new' : existing === entry && originalKept ? 'unchanged' : 'updated';
      if (existing !== entry) plan.writes.set(entryPath, entry);
      if (!originalKept) plan.writes.set(originalPath, originalBytes);
      plan.articles.push({
        input,
        entry: relative(options.cwd, entryPath),
        original: relative(options.cwd, originalPath),
        status,
        cleanups: row.article.cleanup.length,
      });
    }
  }
  return plan;
}

/** Writes the plan: each file to a temporary name first, then all renamed into place. */
export function writePlan(plan: ImportPlan): void {
  const staged: Array<[string, string]> = [];
  for (const [path, contents] of plan.writes) {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    writeFileSync(temporary, contents);
    staged.push([temporary, path]);
  }
  for (const [temporary, path] of staged) renameSync(temporary, path);
}
