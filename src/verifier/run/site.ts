/**
 * Checks every article of a content folder against a built site folder and gathers the reports.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { summarise, type ArticleReport, type Failure, type SiteReport } from '../check/report.ts';
import { checkItemCredit, feedItemCredits } from '../check/feed.ts';
import { articlePath, routes, type Route } from '../../routes.ts';
import { InputError, type ArticleJob, type VerifiedArticle } from './article-job.ts';
import { startSiteCheck, type SiteCheck, type SiteCheckOptions } from './site-check.ts';

/** A site's report, with what the run knows besides the checks. */
export interface SiteRun extends SiteReport {
  /** Absolute paths of the content files checked. */
  files: string[];
  /** Where the source of each article checked came from: the build's own parse, the cache of earlier builds, or read here. */
  sources: { build: number; cache: number; read: number };
  /** How many articles' checks an earlier build's stood for: every file they read reads the same. */
  reused: number;
  /** Each article's check, in the order of `files`, before the feeds were read: what a build keeps for the next. */
  checked: VerifiedArticle[];
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

/** `workers`, `resourceLimits`: as for `startSiteCheck`, when no siteCheck is given. */
export interface VerifyOptions extends Pick<SiteCheckOptions, 'workers' | 'resourceLimits'> {
  contentDir: string;
  distDir: string;
  /** Articles prepared already (during the build, while pages render); checked here, then closed. */
  siteCheck?: SiteCheck | undefined;
  /** The site's public folder (images); default: `public` beside the current folder. */
  publicDir?: string | undefined;
  cwd?: string;
}

export function articleJobs(contentDir: string, files: readonly string[], publicDir: string, cwd: string): ArticleJob[] {
  return files.map((relativePath) => {
    const path = join(contentDir, relativePath);
    return { path, relativePath, file: relative(cwd, path) || path, cwd, publicDir };
  });
}

/** The feeds a built site holds: each feed route's pattern, its parameters read from the folders there. */
async function feedFiles(distDir: string): Promise<string[]> {
  const found: string[] = [];
  const expand = async (folder: string, segments: readonly string[]): Promise<void> => {
    const [segment, ...rest] = segments;
    if (segment === undefined) return;
    const names = /^\[.+\]$/.test(segment) ? await readdir(folder).catch(() => [] as string[]) : [segment];
    for (const name of names) {
      if (rest.length > 0) await expand(join(folder, name), rest);
      else if (existsSync(join(folder, name))) found.push(join(folder, name));
    }
  };
  for (const route of Object.values(routes as Record<string, Route>)) {
    if (route.feed) await expand(distDir, route.pattern.split('/').filter(Boolean));
  }
  return found;
}

/**
 * Each item of the site's feeds must credit its article's source as the page does; an item that
 * does not fails its article, naming the feed. Items are matched to articles by their link. The
 * reports come back new where a feed failed them: the checks themselves stay as they were.
 */
async function checkFeeds(distDir: string, reports: readonly ArticleReport[], cwd: string): Promise<ArticleReport[]> {
  const byPath = new Map(reports.map((report) => [articlePath(report.id), report]));
  const failed = new Map<ArticleReport, Failure[]>();
  for (const file of await feedFiles(distDir)) {
    const feed = relative(cwd, file) || file;
    for (const item of feedItemCredits(await readFile(file, 'utf8'))) {
      let path = '';
      try {
        path = new URL(item.link).pathname;
      } catch {
        continue;
      }
      // The site may be deployed under a sub-path: the article's own path ends the link's.
      const report = [...path.matchAll(/\//g)].map(({ index }) => byPath.get(path.slice(index))).find(Boolean);
      const failure = report && checkItemCredit(item, report, feed);
      if (report && failure) failed.set(report, [...(failed.get(report) ?? []), failure]);
    }
  }
  return reports.map((report) => {
    const failures = failed.get(report);
    return failures ? { ...report, ok: false, failures: [...report.failures, ...failures] } : report;
  });
}

export async function verifySite(options: VerifyOptions): Promise<SiteRun> {
  const cwd = options.cwd ?? process.cwd();
  const files = await listArticleFiles(options.contentDir);
  const jobs = articleJobs(options.contentDir, files, options.publicDir ?? join(cwd, 'public'), cwd);
  const siteCheck = options.siteCheck ?? startSiteCheck(jobs, { workers: options.workers, resourceLimits: options.resourceLimits });
  try {
    const verified = await siteCheck.check(jobs, options.distDir);
    // Where the source of each article checked came from; a check taken as it was needed none.
    const sources = { build: 0, cache: 0, read: 0 };
    for (const { origin, reused } of verified) if (!reused) sources[origin]++;
    const reports = await checkFeeds(
      options.distDir,
      verified.map(({ report }) => report),
      cwd,
    );
    const reused = verified.filter((article) => article.reused).length;
    return { ...summarise(reports), files: jobs.map((job) => job.path), sources, reused, checked: verified };
  } finally {
    await siteCheck.close();
  }
}
