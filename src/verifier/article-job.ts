/**
 * One article's share of a site check: reading its content file and analysing its source
 * (possible before its page exists), then checking its page. Runs on the main thread for small
 * sites and on the verifier's worker threads for large ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleIdFromPath } from '../lib/article-id.ts';
import { digestText, type CachedFacts } from './facts-cache.ts';
import { sourceTree } from './source.ts';
import { sourceFactsOf, type SourceFacts } from './source-facts.ts';
import { analyseSource, emptyReport, verifyArticle, type ArticleInput, type ArticleReport, type Failure, type SourceAnalysis } from './verify-article.ts';

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
}

/**
 * A file's text. Node's own `readFileSync(path, 'utf8')` takes three times as long on small files
 * as reading the bytes and decoding them (29 against 9 µs a page here); a check reads two files
 * an article. Both decode the same way (invalid bytes become U+FFFD, a BOM stays).
 */
function readText(path: string): string {
  return readFileSync(path).toString('utf8');
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

/**
 * Reads the content file and analyses its source. Synchronous reads: this runs on a worker
 * thread (or for a handful of files), where waiting on the thread pool only adds hops.
 */
export async function prepareArticle(job: ArticleJob): Promise<PreparedArticle> {
  let text: string;
  try {
    text = readText(job.path);
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

export function summaryOf({ hash, origin, source }: PreparedArticle): PreparedSummary {
  if (origin !== 'read' || !source) return { hash, origin };
  return { hash, origin, facts: { blocks: source.blocks, blockquotes: source.blockquotes, lang: source.lang } };
}

/** Checks a prepared article against its page in `distDir`. */
export async function checkPrepared({ input, pagePath, source, error }: PreparedArticle, distDir: string): Promise<ArticleReport> {
  if (!source) return uncompared(input, pagePath, error ?? 'its source could not be read');
  let html: string;
  try {
    html = readText(join(distDir, pagePath));
  } catch {
    return missingPage(input, pagePath);
  }
  try {
    return await verifyArticle(input, html, pagePath, source);
  } catch (error) {
    return uncompared(input, pagePath, (error as Error).message);
  }
}

export async function verifyPrepared(prepared: PreparedArticle, distDir: string): Promise<VerifiedArticle> {
  return { report: await checkPrepared(prepared, distDir), origin: prepared.origin };
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
