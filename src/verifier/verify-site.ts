/**
 * Checks every article of a content folder against a built site folder and gathers the reports.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleIdFromPath } from '../lib/article-id.ts';
import type { SourceFacts } from './source-facts.ts';
import { emptyReport, verifyArticle, type ArticleInput, type ArticleReport, type Failure, type SourceAnalysis } from './verify-article.ts';
import type { FactsCache } from './facts-cache.ts';
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
export class InputError extends Error {}

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
  /** Sources already read (and maybe analysed) by the build, by absolute file path. */
  sources?: ReadonlyMap<string, SourceFacts | SourceAnalysis> | undefined;
  /** Worker threads for large sites: a number, 0 for none; default one per core. */
  workers?: number | undefined;
  /** Worker threads already started (the build's); left open for the caller to close. */
  pool?: VerifyPool | undefined;
  /** Facts kept from earlier builds; updated with what this build read. */
  cache?: FactsCache | undefined;
  /** The site's public folder (images); default: `public` beside the current folder. */
  publicDir?: string | undefined;
  cwd?: string;
}

interface Job {
  input: ArticleInput;
  pageFile: string;
  pagePath: string;
  source?: SourceFacts | SourceAnalysis | undefined;
}

export async function verifySite(options: VerifyOptions): Promise<SiteReport> {
  const files = await listArticleFiles(options.contentDir);
  const publicDir = options.publicDir ?? join(options.cwd ?? process.cwd(), 'public');
  const check = options.pool ? inWorkers(options.pool, false) : files.length >= PARALLEL_FROM && options.workers !== 0 ? inWorkers(new VerifyPool(options.workers), true) : inline();
  try {
    const origins = { build: 0, cache: 0, read: 0 };
    // Reading a file and checking its page form one lane; many lanes keep the disk and the workers busy.
    const articles = await mapLimited(files, 64, async (relativePath) => {
      const path = join(options.contentDir, relativePath);
      const file = relative(options.cwd ?? process.cwd(), path) || path;
      const text = await readFile(path, 'utf8').catch((error: Error) => {
        throw new InputError(`cannot read ${file}: ${error.message}`);
      });
      const fromBuild = options.sources?.get(path);
      if (fromBuild) options.cache?.set(path, text, fromBuild);
      const cached = fromBuild ? undefined : options.cache?.get(path, text);
      origins[fromBuild ? 'build' : cached ? 'cache' : 'read']++;
      const source = fromBuild ?? cached;
      const read = articleInput(file, relativePath, text);
      // With the source already read, the Markdown itself need not travel to a worker.
      const input = { ...read, markdown: source ? '' : read.markdown, publicDir };
      const pagePath = pagePathFor(input.id);
      const job = { input, pageFile: join(options.distDir, pagePath), pagePath, source };
      const report = await check(job).catch((error: Error) => unreadable(input, pagePath, error));
      return report ?? missingPage(input, pagePath);
    });
    return { ...summarise(articles), files: files.map((file) => join(options.contentDir, file)), sources: origins };
  } finally {
    await check.close?.();
  }
}

type Check = ((job: Job) => Promise<ArticleReport | null>) & { close?: () => Promise<void> };

/** Checks the page in `pageFile`; null when there is no such page. */
export async function checkPageFile(input: ArticleInput, pageFile: string, pagePath: string, source?: SourceFacts | SourceAnalysis): Promise<ArticleReport | null> {
  const html = await readFile(pageFile, 'utf8').catch(() => null);
  return html === null ? null : verifyArticle(input, html, pagePath, source);
}

function inline(): Check {
  return ({ input, pageFile, pagePath, source }) => checkPageFile(input, pageFile, pagePath, source);
}

function inWorkers(pool: VerifyPool, own: boolean): Check {
  const check = ({ input, pageFile, pagePath, source }: Job) => pool.check(input, pageFile, pagePath, source);
  return own ? Object.assign(check, { close: () => pool.close() }) : check;
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

/** A source the parser cannot read (for example one nested past the stack) fails that article, not the run. */
function unreadable(input: ArticleInput, pagePath: string, error: Error): ArticleReport {
  return failedReport(input, pagePath, { check: 'page', message: `could not compare the article: ${error.message}`, expected: '', found: '' });
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
