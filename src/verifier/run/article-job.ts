/**
 * One article's share of a site check: reading its content file and analysing its source
 * (possible before its page exists), then checking its page. Runs on the main thread for small
 * sites and on the verifier's threads for large ones.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articlePageFile, changesPageFile, originalPageFile } from '../../contract.ts';
import { originalFilePath } from '../../routes.ts';
import { comparable } from '../../text/changes.ts';
import { shownDiffs } from '../check/changes-page.ts';
import { sha256 } from '../../import/bytes.ts';
import { shownOriginal } from '../check/original-page.ts';
import { articleIdFromPath } from '../../text/slug.ts';
import { readSourceFacts } from '../../markdown/source.ts';
import { ArticleDataError, readArticleData, type Article } from '../../schema/article.ts';
import type { SourceFacts } from '../../text/source-facts.ts';
import { analyseSource, type SourceAnalysis } from '../check/analyse.ts';
import { verifyArticle } from '../check/article.ts';
import { failedReport, type ArticleInput, type ArticleReport, type Failure } from '../check/report.ts';
import { digestText, type CachedFacts } from './build-cache.ts';
import { builtSame, FileReads, readSame, type ReadDigests } from './file-reads.ts';
import { proveAgainstOriginal, proveVersions, type CopyShown } from './original.ts';

/** A problem with the inputs themselves (exit code 2), as opposed to a failed check. */
export class InputError extends Error {
  override name = 'InputError';
}

/** One article to check: its content file, and what is already known of its source. */
export interface ArticleJob {
  path: string;
  relativePath: string;
  /** The path shown in messages. */
  file: string;
  /** The folder paths in messages are relative to. */
  cwd: string;
  publicDir: string;
  /** The source as this build's render read it. */
  facts?: SourceFacts | undefined;
  /** The source as an earlier build read it, valid only for the text it was read from. */
  cached?: CachedFacts | undefined;
  /** The article's check in an earlier build, valid only while every file it read reads the same. */
  checked?: CheckedArticle | undefined;
}

export type SourceOrigin = 'build' | 'cache' | 'read';

/** Everything a check needs but the page: ready before the page exists. */
export interface PreparedArticle {
  input: ArticleInput;
  pagePath: string;
  /** Digest of the content file's text (`digestText`). */
  hash: string;
  origin: SourceOrigin;
  source?: SourceAnalysis | undefined;
  /** Why the source could not be read (it fails that article, not the run). */
  error?: string | undefined;
  /** Found before the page: an imported article whose original changed, or whose entry no longer matches it. */
  problems?: Failure[] | undefined;
  /** An imported article's original as the site must offer it: its page, its download, and the digest of its text. */
  original?: OriginalPages | undefined;
  /** Every file read for this article so far, the built ones as last read. */
  reads: FileReads;
}

/** An imported article's pages besides its own: its originals' page and downloads, and its changes page when it has versions. */
interface OriginalPages {
  page: string;
  changesPage?: string | undefined;
  /** Every copy of the report, oldest first, the newest last. */
  copies: CopyShown[];
}

/** What the caller keeps of a prepared article, wherever it was prepared: enough to cache its source. */
export interface PreparedSummary {
  hash: string;
  origin: SourceOrigin;
  /** The source's facts when they were read here: neither the build nor the cache had them. */
  facts?: SourceFacts | undefined;
}

export interface VerifiedArticle {
  report: ArticleReport;
  origin: SourceOrigin;
  /** The files the check read, when it is one to keep for the next build. */
  reads?: ReadDigests | undefined;
  /** An earlier build's check, taken as it was: every file it read reads the same. */
  reused?: boolean | undefined;
}

/** An article's check as a build keeps it for the next (`checksCacheFile`). */
export interface CheckedArticle {
  reads: ReadDigests;
  report: ArticleReport;
  origin: SourceOrigin;
}

/**
 * The earlier check of a job whose source files (its entry, its originals) read the same: only
 * the built files it read are left to compare (`reusedCheck`), once they are written.
 */
export const reusableCheck = ({ checked, file }: ArticleJob): CheckedArticle | undefined =>
  // Its report names the file as this run does (from the same folder), and its sources read the same.
  checked && checked.report.file === file && readSame(checked.reads.source) ? checked : undefined;

/** What the caller keeps of an article whose earlier check stands so far: its source came from no new reading. */
export const reusedSummary = (checked: CheckedArticle, job: ArticleJob): PreparedSummary => ({
  hash: checked.reads.source[job.path]!,
  origin: 'cache',
});

/**
 * That check's result, when the built files it read in `distDir` read the same too; else
 * undefined. `pageOnly`: only the article's page is compared, while the build is still writing
 * the others (its original's page may come later); the final check compares them all.
 */
export function reusedCheck(checked: CheckedArticle, distDir: string, pageOnly = false): VerifiedArticle | undefined {
  const { page } = checked.report;
  const built = pageOnly ? { [page]: checked.reads.site[page] ?? '' } : checked.reads.site;
  if (!builtSame(built, distDir)) return undefined;
  return { report: checked.report, origin: 'cache', reads: checked.reads, reused: true };
}

/**
 * A file's text from its bytes. Node's own `readFileSync(path, 'utf8')` takes several times as
 * long on small files as reading the bytes and decoding them; a check reads two files an article.
 * Both decode the same way (invalid bytes become U+FFFD, a BOM stays).
 */
const decoded = (bytes: Buffer): string => bytes.toString('utf8');

/** The article's frontmatter, read through the article schema, and its Markdown body. */
export function readArticle(file: string, relativePath: string, text: string): { input: ArticleInput; markdown: string; data: Article } {
  const { frontmatter, content } = parseFrontmatter(text);
  let data;
  try {
    data = readArticleData(frontmatter);
  } catch (error) {
    if (error instanceof ArticleDataError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  const original = data.original && { path: data.original.path, sha256: data.original.sha256 };
  const input = {
    id: articleIdFromPath(relativePath),
    file,
    title: data.title,
    source: data.source,
    lang: data.lang,
    ...(original ? { original, changes: data.cleanup?.length ?? 0 } : {}),
    ...(data.versions?.length
      ? {
          changed: data.versions.length,
          versions: data.versions.map(({ path, sha256, retrieved }) => ({
            path,
            sha256,
            ...(retrieved ? { retrieved: retrieved.toISOString() } : {}),
          })),
        }
      : {}),
  };
  return { input, markdown: content, data };
}

/**
 * Reads the content file and analyses its source. Synchronous reads: this runs on a worker
 * thread (or for a handful of files), where waiting on the thread pool only adds hops.
 */
export async function prepareArticle(job: ArticleJob): Promise<PreparedArticle> {
  const reads = new FileReads();
  let text: string;
  try {
    text = decoded(reads.sourceFile(job.path));
  } catch (error) {
    throw new InputError(`cannot read ${job.file}: ${(error as Error).message}`);
  }
  // The digest of the file's bytes, which is that of its text (`digestText`) for valid UTF-8.
  const hash = reads.source[job.path]!;
  const { input, markdown, data } = readArticle(job.file, job.relativePath, text);
  const cached = job.cached?.hash === hash ? job.cached.facts : undefined;
  const origin: SourceOrigin = job.facts ? 'build' : cached ? 'cache' : 'read';
  const prepared = { input, pagePath: articlePageFile(input.id), hash, origin, reads };
  try {
    const facts = inFileLines(job.facts ?? cached ?? (await readSourceFacts(markdown, input.lang, job.publicDir)), text);
    if (!data.original) return { ...prepared, source: analyseSource(facts) };
    // An imported article is held against its original, not against its own Markdown; an original
    // that cannot be trusted fails the article, which is still checked against its Markdown.
    const entry = { ...data, original: data.original };
    const proof = await proveAgainstOriginal(job.path, job.cwd, entry, facts, reads);
    const versioned = Boolean(data.versions?.length || data.original.previous);
    const versions = versioned ? await proveVersions(job.path, job.cwd, entry, reads) : { shown: [], problems: [] };
    const original = proof.shown && {
      page: originalPageFile(input.id),
      // A changes page is proved only when every copy could be read: the failures above say which could not.
      changesPage: versioned && versions.shown.length === (data.versions?.length ?? 0) ? changesPageFile(input.id) : undefined,
      copies: [...versions.shown, proof.shown],
    };
    const problems = [...proof.problems, ...versions.problems];
    return { ...prepared, source: proof.source ?? analyseSource(facts), problems, original };
  } catch (error) {
    return { ...prepared, error: (error as Error).message };
  }
}

/**
 * Unknown tags named by the line of the content file they stand on: found, in order, in the
 * file's own text (a render's lines count from wherever its body began).
 */
function inFileLines(facts: SourceFacts, text: string): SourceFacts {
  if (!facts.unknownTags) return facts;
  let from = 0;
  const unknownTags = facts.unknownTags.map(({ tag }) => {
    const at = text.indexOf(tag, from);
    if (at < 0) return { tag };
    from = at + tag.length;
    return { tag, line: text.slice(0, at).split('\n').length };
  });
  return { ...facts, unknownTags };
}

export function summaryOf({ hash, origin, source, input }: PreparedArticle): PreparedSummary {
  // An imported article's source is its original's text, which the cache of Markdown facts must not keep.
  if (origin !== 'read' || !source || input.original) return { hash, origin };
  const { blocks, blockquotes, lang, unknownTags } = source;
  return { hash, origin, facts: { blocks, blockquotes, lang, ...(unknownTags ? { unknownTags } : {}) } };
}

/** The text of a prepared article's page in `distDir`, if it was built. */
export function readPageFile({ pagePath, reads }: PreparedArticle, distDir: string): string | undefined {
  try {
    return decoded(reads.siteFile(distDir, pagePath));
  } catch {
    return undefined;
  }
}

/**
 * Checks a prepared article against its page's text (`readPageFile`; undefined: no page was
 * built), adding what its preparation found wrong (an original that cannot be trusted).
 */
export function checkArticlePage(prepared: PreparedArticle, html: string | undefined): VerifiedArticle {
  const report = reportOn(prepared, html);
  const failures = prepared.problems?.length ? [...prepared.problems, ...report.failures] : undefined;
  return { report: failures ? { ...report, ok: false, failures } : report, origin: prepared.origin };
}

function reportOn({ input, pagePath, source, error }: PreparedArticle, html: string | undefined): ArticleReport {
  if (!source) return uncompared(input, pagePath, error ?? 'its source could not be read');
  if (html === undefined)
    return failedReport(input, pagePath, {
      check: 'page',
      message: 'no page was built for this article',
      expected: pagePath,
      found: '(missing)',
    });
  try {
    return verifyArticle(input, html, pagePath, source);
  } catch (error) {
    return uncompared(input, pagePath, (error as Error).message);
  }
}

/**
 * An imported article's original as the built site offers it in `distDir`: the download must be
 * the very bytes the entry records (their SHA-256), and the original's page must show its whole
 * text. Checked once every page is written (the original's page may come after the article's).
 */
export function checkOriginalPages({ input, original, reads }: PreparedArticle, distDir: string): Failure[] {
  if (!original || !input.original) return [];
  const failures: Failure[] = [];
  const read = <T>(file: string, how: (bytes: Buffer) => T): T | undefined => {
    try {
      return how(reads.siteFile(distDir, file));
    } catch {
      failures.push({ check: 'original', message: `${file} was not built`, expected: file, found: '(missing)' });
      return undefined;
    }
  };
  const page = read(original.page, decoded);
  for (const copy of original.copies) {
    const download = originalFilePath(input.id, copy.download).slice(1);
    const bytes = read(download, (bytes) => bytes);
    if (bytes && sha256(bytes) !== copy.sha256) {
      failures.push({
        check: 'original',
        message: `the original offered for download (${download}) is not the one the entry records`,
        expected: copy.sha256,
        found: sha256(bytes),
      });
    }
    const shown = page === undefined ? undefined : shownOriginal(page, copy.sha256);
    if (typeof shown === 'object')
      failures.push({ check: 'original', message: `${original.page}: ${shown.error}`, expected: '', found: '' });
    else if (shown !== undefined && digestText(shown) !== copy.textDigest) {
      failures.push({
        check: 'original',
        message: `the original's page (${original.page}) does not show the original ${copy.sha256} as it arrived`,
        expected: 'the original, every character',
        found: shown.slice(0, 120),
      });
    }
  }
  const changes = original.changesPage === undefined ? undefined : read(original.changesPage, decoded);
  if (changes !== undefined) {
    const diffs = shownDiffs(changes);
    original.copies.slice(1).forEach((after, i) => {
      const before = original.copies[i]!;
      const key = `${before.sha256} ${after.sha256}`;
      const diff = diffs.get(key);
      const [older, newer] = diff ? [comparable(diff.before), comparable(diff.after)] : [];
      if (!diff || digestText(older!) !== before.comparableDigest || digestText(newer!) !== after.comparableDigest) {
        failures.push({
          check: 'original',
          message: `the changes page (${original.changesPage}) does not show ${diff ? 'both copies whole' : 'the change'} from ${before.sha256} to ${after.sha256}`,
          expected: 'the older copy without what was added, the newer without what was removed',
          found: diff ? `${(digestText(older!) === before.comparableDigest ? newer : older)!.slice(0, 120)}` : '(no such diff)',
        });
      }
    });
  }
  return failures;
}

/** A report with more failures: found after its page was checked (the original's pages, say). */
export function withFailures(verified: VerifiedArticle, failures: readonly Failure[]): VerifiedArticle {
  if (failures.length === 0) return verified;
  return { ...verified, report: { ...verified.report, ok: false, failures: [...verified.report.failures, ...failures] } };
}

/** A source or page the verifier could not read (one nested past the stack, say) fails that article, not the run. */
function uncompared(input: ArticleInput, pagePath: string, why: string): ArticleReport {
  return failedReport(input, pagePath, { check: 'page', message: `could not compare the article: ${why}`, expected: '', found: '' });
}
