/**
 * Checks every article of a content folder against a built site folder and gathers the reports.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleIdFromPath } from '../lib/article-id.ts';
import { digestText, type CachedFacts } from './facts-cache.ts';
import { sourceTree } from './source.ts';
import { sourceFactsOf, type SourceFacts } from './source-facts.ts';
import { analyseSource, emptyReport, verifyArticle, type ArticleInput, type ArticleReport, type Failure, type SourceAnalysis } from './verify-article.ts';
import { PARALLEL_FROM, VerifyPool } from './verify-pool.ts';

export interface SiteReport {
  ok: boolean;
  /** Absolute paths of the content files checked. */
  files?: string[];
  /** Where each source's text came from: the build's own parse, the cache of earlier builds, or read here. */
  sources?: { build: number; cache: number; read: number };
  articles: ArticleReport[];
  totals: { articles: number; failed: number; quotes: number; attributions: number; words: number; matched: number };
}

/** A problem with the inputs themselves (exit code 2), as opposed to a failed check. */
export class InputError extends Error {
  override name = 'InputError';
}

export async function listArticleFiles(contentDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(contentDir, { recursive: true });
  } catch (error) {
    throw new InputError(`cannot read the content folder ${contentDir}: ${(error as Error).message}`);
  }
  return names
    .filter((name) => /\.(md|markdown)$/i.test(name))
    .map((name) => name.split(sep).join('/'))
    .sort();
}

/** The page an article is published at, relative to the site folder. */
export function pagePathFor(id: string): string {
  return `articles/${id}/index.html`;
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export function articleInput(file: string, relativePath: string, text: string): ArticleInput {
  const { frontmatter, content } = parseFrontmatter(text);
  const source = (frontmatter.source ?? {}) as Record<string, unknown>;
  const name = stringField(source.name);
  if (!name) throw new InputError(`${file}: source.name is missing, so there is no credit to check`);
  return {
    id: articleIdFromPath(relativePath),
    file,
    title: stringField(frontmatter.title) ?? '',
    source: { name, url: stringField(source.url) },
    lang: stringField(frontmatter.lang) ?? 'en',
    markdown: content,
  };
}

export interface VerifyOptions {
  contentDir: string;
  distDir: string;
  /** Articles already prepared (during the build, while pages render), by absolute file path. */
  prepared?: ReadonlyMap<string, Promise<PreparedArticle>> | undefined;
  /** Worker threads for large sites: a number, 0 for none; default one per core. */
  workers?: number | undefined;
  /** The site's public folder (images); default: `public` beside the current folder. */
  publicDir?: string | undefined;
  cwd?: string;
}

/** One article to check: its content file, and what is already known of its source. */
export interface ArticleJob {
  path: string;
  relativePath: string;
  /** The path shown in messages. */
  file: string;
  publicDir: string;
  /** The source as this build's render read it. */
  facts?: SourceFacts | undefined;
  /** The source as an earlier build read it, valid only for the text it was read from. */
  cached?: CachedFacts | undefined;
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
}

export interface VerifiedArticle {
  report: ArticleReport;
  origin: SourceOrigin;
}

/**
 * Reads the content file and analyses its source. Synchronous reads: this runs on a worker
 * thread (or for a handful of files), where waiting on the thread pool only adds hops.
 */
export async function prepareArticle(job: ArticleJob): Promise<PreparedArticle> {
  let text: string;
  try {
    text = readFileSync(job.path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${job.file}: ${(error as Error).message}`);
  }
  const hash = digestText(text);
  const { markdown, ...read } = articleInput(job.file, job.relativePath, text);
  // With the source analysed, the Markdown itself need not travel any further.
  const input = { ...read, markdown: '', publicDir: job.publicDir };
  const cached = job.cached?.hash === hash ? job.cached.facts : undefined;
  const origin: SourceOrigin = job.facts ? 'build' : cached ? 'cache' : 'read';
  const prepared = { input, pagePath: pagePathFor(input.id), hash, origin };
  try {
    const facts = job.facts ?? cached ?? sourceFactsOf(await sourceTree(markdown, job.publicDir), input.lang);
    return { ...prepared, source: analyseSource(facts, input.lang) };
  } catch (error) {
    return { ...prepared, error: (error as Error).message };
  }
}

/** Checks a prepared article against its page in `distDir`. */
export async function checkPrepared({ input, pagePath, source, error }: PreparedArticle, distDir: string): Promise<ArticleReport> {
  if (!source) return uncompared(input, pagePath, error ?? 'its source could not be read');
  let html: string;
  try {
    html = readFileSync(join(distDir, pagePath), 'utf8');
  } catch {
    return missingPage(input, pagePath);
  }
  try {
    return await verifyArticle(input, html, pagePath, source);
  } catch (error) {
    return uncompared(input, pagePath, (error as Error).message);
  }
}

/** Prepares (unless done already) and checks one article: a worker's whole job on the command line. */
export async function verifyJob(job: ArticleJob, distDir: string, prepared?: PreparedArticle): Promise<VerifiedArticle> {
  const ready = prepared ?? (await prepareArticle(job));
  return { report: await checkPrepared(ready, distDir), origin: ready.origin };
}

export function articleJobs(contentDir: string, files: readonly string[], publicDir: string, cwd: string): ArticleJob[] {
  return files.map((relativePath) => {
    const path = join(contentDir, relativePath);
    return { path, relativePath, file: relative(cwd, path) || path, publicDir };
  });
}

export async function verifySite(options: VerifyOptions): Promise<SiteReport> {
  const cwd = options.cwd ?? process.cwd();
  const files = await listArticleFiles(options.contentDir);
  const jobs = articleJobs(options.contentDir, files, options.publicDir ?? join(cwd, 'public'), cwd);
  const pool = files.length >= PARALLEL_FROM && options.workers !== 0 ? new VerifyPool(options.workers) : undefined;
  try {
    const origins = { build: 0, cache: 0, read: 0 };
    // Many lanes keep the disk and the workers busy while the main thread hands out jobs.
    const articles = await mapLimited(jobs, 64, async (job) => {
      const prepared = await options.prepared?.get(job.path);
      const { report, origin } = pool ? await pool.verify(job, options.distDir, prepared) : await verifyJob(job, options.distDir, prepared);
      origins[origin]++;
      return report;
    });
    return { ...summarise(articles), files: jobs.map((job) => job.path), sources: origins };
  } catch (error) {
    // An input error raised on a worker thread arrives as a plain error with its name kept.
    throw (error as Error).name === InputError.name && !(error instanceof InputError) ? new InputError((error as Error).message) : error;
  } finally {
    await pool?.close();
  }
}

/** `map` with at most `limit` calls under way, results in order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  });
  await Promise.all(lanes);
  return results;
}

function missingPage(input: ArticleInput, pagePath: string): ArticleReport {
  return failedReport(input, pagePath, { check: 'page', message: 'no page was built for this article', expected: pagePath, found: '(missing)' });
}

/** A source or page the verifier could not read (one nested past the stack, say) fails that article, not the run. */
function uncompared(input: ArticleInput, pagePath: string, why: string): ArticleReport {
  return failedReport(input, pagePath, { check: 'page', message: `could not compare the article: ${why}`, expected: '', found: '' });
}

function failedReport(input: ArticleInput, pagePath: string, failure: Failure): ArticleReport {
  return { ...emptyReport(input, pagePath), failures: [failure] };
}

export function summarise(articles: ArticleReport[]): SiteReport {
  const totals = { articles: articles.length, failed: 0, quotes: 0, attributions: 0, words: 0, matched: 0 };
  for (const article of articles) {
    if (!article.ok) totals.failed++;
    totals.quotes += article.quotes.total;
    totals.attributions += article.attributions.total;
    totals.words += article.words.total;
    totals.matched += article.words.matched;
  }
  return { ok: totals.failed === 0, articles, totals };
}
