/**
 * An import from files to entries: reads every input, plans every file to write, and writes only
 * when the whole plan holds, so that a failed import leaves the content folder exactly as it was.
 * The same input gives the same files, byte for byte: importing again changes nothing.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import * as yaml from 'js-yaml';
import {
  ImportError,
  isoSecond,
  type ImportedArticle,
  type OriginalFormat,
  type WrittenArticle,
  type OriginalItem,
  type ReaderOptions,
} from './imported.ts';
import { entryText, type Provenance } from './entry.ts';
import { titleSlug } from '../text/slug.ts';
import { originalFormats } from '../schema/article.ts';
import { sha256 } from './bytes.ts';
import { manyArticleFormats } from './readers/index.ts';
import { readInput } from './files.ts';
import type { ColumnMap } from './readers/dataset.ts';

export interface ImportOptions extends ReaderOptions {
  /** Where entries go; originals go to `originals/` beside it. Default `content/articles`. */
  out: string;
  /** Read the inputs as this format instead of by their extension. */
  format?: OriginalFormat | undefined;
  /** The working folder paths are shown relative to. */
  cwd: string;
  /** Called before each input is read, and every 100 articles within one (an archive may hold thousands). */
  onProgress?: ((done: number, total: number, articles: number) => void) | undefined;
  /** When this import happens: the retrieval time of each new entry or version it writes. Default now. */
  now?: Date | undefined;
}

export interface PlannedArticle {
  input: string;
  entry: string;
  original: string;
  /**
   * `new`: no entry yet; `unchanged`: the same files are there (or this copy is among its
   * versions); `updated`: the entry differs; `changed`: the source changed the report, and this
   * copy is its newest version.
   */
  status: 'new' | 'unchanged' | 'updated' | 'changed';
  cleanups: number;
  /** What the reader tells about how it read the original (`ImportedArticle.notes`). */
  notes?: string[] | undefined;
}

const notesOf = ({ notes }: Pick<ImportedArticle, 'notes'>) => (notes?.length ? { notes } : {});

export interface ImportPlan {
  articles: PlannedArticle[];
  /** Dataset rows that are no article (no title, no text), and why. */
  skipped: Array<{ input: string; why: string }>;
  /** Files to write, by absolute path. */
  writes: Map<string, Uint8Array | string>;
}

const originalExtension: Record<OriginalFormat, string> = {
  text: '.txt',
  html: '.html',
  csv: '.csv',
  jsonl: '.jsonl',
  feed: '.xml',
  ninjs: '.json',
  warc: '.warc',
};

/** The extension an original is kept under: a feed's its own (`.xml`, `.rss`, `.atom`, `.json`); an archive record's `.warc`, uncompressed. */
function extensionOf(format: OriginalFormat, file: string): string {
  const own = extname(file).toLowerCase();
  return format === 'feed' && ['.xml', '.rss', '.atom', '.json'].includes(own) ? own : originalExtension[format];
}

const formatsByExtension: Record<string, OriginalFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
  '.json': 'ninjs',
  '.warc': 'warc',
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
        .filter((file) => statSync(file).isFile() && formatByName(file) !== undefined);
      files.push(...inside.sort());
    } else {
      files.push(absolute);
    }
  }
  return [...new Set(files)];
}

/** The format a file's name says: its extension, `.warc.gz` for a gzipped archive. */
const formatByName = (file: string): OriginalFormat | undefined =>
  /\.warc\.gz$/i.test(file) ? 'warc' : formatsByExtension[extname(file).toLowerCase()];

/** A `.json` file is a wire story unless its opening names a JSON Feed version. */
function isJsonFeedFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4096);
    const text = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8');
    return /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(text);
  } finally {
    closeSync(fd);
  }
}

function formatOf(file: string, shown: string, forced: OriginalFormat | undefined): OriginalFormat {
  const format = forced ?? formatByName(file);
  if (!format)
    throw new ImportError(
      `${shown}: cannot tell its format from the extension "${extname(file)}"; give --format ${originalFormats.join('|')}`,
    );
  return !forced && format === 'ninjs' && isJsonFeedFile(file) ? 'feed' : format;
}

/** The digest of the original an existing entry records, if any. */
function recordedSha(entryPath: string, exists: (path: string) => boolean): string | undefined {
  if (!exists(entryPath)) return undefined;
  const { original } = parseFrontmatter(readFileSync(entryPath, 'utf8')).frontmatter as { original?: { sha256?: unknown } };
  return typeof original?.sha256 === 'string' ? original.sha256 : undefined;
}

/** An imported entry already in the content folder, which a report coming again is a version of. */
interface KnownReport {
  slug: string;
  entry: string;
  credit: string;
  original: Provenance;
  versions: Provenance[];
}

/**
 * What identifies a report across copies: a dataset row's id, else the report's URL at its
 * source, else the name of the file it came in. Reports under one key are versions of one article.
 */
function identityOf(article: { source: { url?: string | undefined } }, original: Pick<Provenance, 'id' | 'name'>): string | undefined {
  if (original.id) return `id ${original.id}`;
  if (article.source.url) return `url ${article.source.url}`;
  return original.name ? `name ${original.name}` : undefined;
}

/** The imported entries of `outDir`, by identity. */
function knownReports(outDir: string): Map<string, KnownReport> {
  const known = new Map<string, KnownReport>();
  if (!existsSync(outDir)) return known;
  for (const name of readdirSync(outDir).filter((file) => file.endsWith('.md'))) {
    const entry = join(outDir, name);
    // The JSON schema keeps dates as written: an entry is rewritten with its versions as they were.
    const raw = extractFrontmatter(readFileSync(entry, 'utf8'));
    const data = ((raw === undefined ? undefined : yaml.load(raw, { schema: yaml.JSON_SCHEMA })) ?? {}) as {
      source?: { name?: string; url?: string };
      original?: Provenance;
      versions?: Provenance[];
    };
    if (!data.original?.sha256 || !data.source?.name) continue;
    const key = identityOf({ source: data.source }, data.original);
    if (key)
      known.set(key, { slug: name.slice(0, -3), entry, credit: data.source.name, original: data.original, versions: data.versions ?? [] });
  }
  return known;
}

export async function planImport(paths: readonly string[], options: ImportOptions): Promise<ImportPlan> {
  const outDir = resolve(options.cwd, options.out);
  const originalsDir = join(dirname(outDir), 'originals');
  const plan: ImportPlan = { articles: [], skipped: [], writes: new Map() };
  /** Which original (by digest) each slug belongs to in this import. */
  const owners = new Map<string, { sha: string; input: string }>();
  const exists = filesThere([outDir, originalsDir]);
  const taken = (slug: string, sha: string) => {
    const owner = owners.get(slug);
    const recorded = recordedSha(join(outDir, `${slug}.md`), exists);
    return (owner !== undefined && owner.sha !== sha) || (recorded !== undefined && recorded !== sha);
  };
  const known = knownReports(outDir);
  const retrieved = isoSecond(options.now ?? new Date());
  const files = inputFiles(paths, options.cwd);
  for (const [index, file] of files.entries()) {
    options.onProgress?.(index, files.length, plan.articles.length);
    const shown = relative(options.cwd, file) || file;
    const format = formatOf(file, shown, options.format);
    let bytes: Uint8Array | undefined;
    const read = () => (bytes ??= readFileSync(file));
    const { items, columns } = readInput(format, file, read, shown, options);
    // A report is kept as it came; an item of a file of many as the cut of it that reads back as that item alone.
    const many = manyArticleFormats.has(format);
    for await (const row of items) {
      if (row.row % 100 === 0) options.onProgress?.(index, files.length, plan.articles.length);
      const input = many ? `${shown} ${row.label}` : shown;
      if (!row.article) {
        plan.skipped.push({ input, why: row.skipped ?? 'no article' });
        continue;
      }
      const originalBytes = many ? ownBytes(row.original) : read();
      const sha = sha256(originalBytes);
      const identity = {
        ...(many ? {} : { name: basename(file) }),
        ...(row.id ? { id: row.id } : {}),
        ...(row.item ? { item: row.item } : {}),
        ...(row.record ? { record: row.record } : {}),
      };
      const key = identityOf(row.article, identity);
      const earlier = key === undefined ? undefined : known.get(key);
      const copyRetrieved = row.retrieved ?? retrieved;
      if (earlier && !sameCopy(earlier.original, sha, row.item)) {
        const planned = planVersion(plan, earlier, {
          input,
          article: row.article,
          bytes: originalBytes,
          sha,
          format,
          extension: extensionOf(format, file),
          columns,
          identity,
          retrieved: copyRetrieved,
        });
        if (planned) known.set(key!, planned);
        continue;
      }
      // Two originals with one title are told apart by their digests; the same original keeps its
      // slug, and a report with versions the address its first copy got.
      let slug = earlier?.slug ?? titleSlug(row.article.title);
      if (!earlier && taken(slug, sha)) slug = `${slug}-${sha.slice(0, 8)}`;
      const owner = owners.get(slug);
      if (owner) {
        if (owner.sha === sha) continue;
        throw new ImportError(`${input} and ${owner.input} would both be published as ${slug}; rename one of them`);
      }
      owners.set(slug, { sha, input });
      const entryPath = join(outDir, `${slug}.md`);
      // A report with versions keeps its newest original where the entry says, never in an earlier one's place.
      const originalPath = earlier
        ? join(dirname(entryPath), earlier.original.path)
        : join(originalsDir, `${slug}${extensionOf(format, file)}`);
      const provenance = {
        path: relative(dirname(entryPath), originalPath).split('\\').join('/'),
        sha256: sha,
        format,
        ...(columns ? { columns } : {}),
        ...identity,
        // When it was imported; an entry already there keeps the time it records (importing again writes nothing).
        ...(exists(entryPath) ? {} : { retrieved: copyRetrieved }),
      };
      // The newest copy again: the entry is written as it was, its versions kept.
      const entry = earlier ? entryText(row.article, earlier.original, earlier.versions) : entryText(row.article, provenance);
      const existing = exists(entryPath) ? readFileSync(entryPath, 'utf8') : undefined;
      // The original the entry records: for an item that came again in a changed file, the earlier cut.
      const keptSha = earlier ? earlier.original.sha256 : sha;
      const originalKept = exists(originalPath) && sha256(readFileSync(originalPath)) === keptSha;
      const status = existing === undefined ? 'new' : existing === entry && originalKept ? 'unchanged' : 'updated';
      if (existing !== entry) plan.writes.set(entryPath, entry);
      // Only these very bytes may restore it: another cut of the same item is not what the entry records.
      if (!originalKept && sha === keptSha) plan.writes.set(originalPath, originalBytes);
      plan.articles.push({
        input,
        entry: relative(options.cwd, entryPath),
        original: relative(options.cwd, originalPath),
        status,
        cleanups: row.article.cleanup.length,
        ...notesOf(row.article),
      });
    }
  }
  return plan;
}

/**
 * Whether a file is there, for the folders an import writes to listed once as they were when it
 * began (it writes nothing before its end): a question asked of the file system for every article
 * costs more than reading the folders; a path elsewhere is asked.
 */
function filesThere(dirs: readonly string[]): (path: string) => boolean {
  const files = new Set(dirs.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [])));
  return (path) => (dirs.includes(dirname(path)) ? files.has(path) : existsSync(path));
}

/** An item's own original, as bytes. */
const ownBytes = (original: OriginalItem['original']): Uint8Array => (typeof original === 'string' ? Buffer.from(original) : original);

/**
 * Whether a copy is the one an entry records: the same bytes, or for an item of a file of many
 * the same item, whatever else the file changed around it (a feed's build date, another item).
 */
const sameCopy = (recorded: Provenance, sha: string, item: string | undefined) =>
  recorded.sha256 === sha || (item !== undefined && recorded.item === item);

interface IncomingCopy {
  input: string;
  article: ImportedArticle | WrittenArticle;
  bytes: Uint8Array;
  sha: string;
  format: OriginalFormat;
  /** The extension its original is kept under. */
  extension: string;
  columns: ColumnMap | undefined;
  identity: Pick<Provenance, 'name' | 'id' | 'item' | 'record'>;
  retrieved: string;
}

/**
 * A report that comes again changed: the entry keeps its address and shows the new text, the
 * copy it had joins its versions, and the new original is kept beside the earlier ones, under a
 * name of its own, so that no earlier original is ever overwritten. A copy already among its
 * versions adds nothing; one credited to another source is refused. The entry as planned.
 */
function planVersion(plan: ImportPlan, earlier: KnownReport, copy: IncomingCopy): KnownReport | undefined {
  const entryPath = earlier.entry;
  const contentDir = dirname(dirname(entryPath));
  const shown = relative(contentDir, entryPath);
  if (earlier.versions.some((version) => sameCopy(version, copy.sha, copy.identity.item))) {
    plan.articles.push({
      input: copy.input,
      entry: shown,
      original: earlier.original.path,
      status: 'unchanged',
      cleanups: copy.article.cleanup.length,
      ...notesOf(copy.article),
    });
    return undefined;
  }
  if (copy.article.source.name !== earlier.credit) {
    const same = copy.identity.id ? 'id' : copy.article.source.url ? 'URL' : 'file name';
    throw new ImportError(
      `${copy.input} is a new copy of ${shown} (the same ${same}) but credits "${copy.article.source.name}" where the entry credits "${earlier.credit}"; import it as a report of its own, or fix the credit`,
    );
  }
  const originalPath = join(contentDir, 'originals', `${earlier.slug}-${copy.sha.slice(0, 8)}${copy.extension}`);
  if (existsSync(originalPath) && sha256(readFileSync(originalPath)) !== copy.sha) {
    throw new ImportError(`${copy.input}: ${relative(contentDir, originalPath)} holds another original, which is never overwritten`);
  }
  const original: Provenance = {
    path: relative(dirname(entryPath), originalPath).split('\\').join('/'),
    sha256: copy.sha,
    format: copy.format,
    ...(copy.columns ? { columns: copy.columns } : {}),
    ...copy.identity,
    retrieved: copy.retrieved,
    previous: earlier.original.sha256,
  };
  const versions = [...earlier.versions, earlier.original];
  plan.writes.set(entryPath, entryText(copy.article, original, versions));
  if (!existsSync(originalPath)) plan.writes.set(originalPath, copy.bytes);
  plan.articles.push({
    input: copy.input,
    entry: shown,
    original: relative(contentDir, originalPath),
    status: 'changed',
    cleanups: copy.article.cleanup.length,
    ...notesOf(copy.article),
  });
  return { ...earlier, original, versions };
}

/** Writes the plan: each file to a temporary name first, then all renamed into place. */
export function writePlan(plan: ImportPlan): void {
  const staged: Array<[string, string]> = [];
  const made = new Set<string>();
  for (const [path, contents] of plan.writes) {
    if (!made.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
    made.add(dirname(path));
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    writeFileSync(temporary, contents);
    staged.push([temporary, path]);
  }
  for (const [temporary, path] of staged) renameSync(temporary, path);
}
