/**
 * Checks every article of a content folder against a built site folder and gathers the reports.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { summarise, type SiteReport } from '../check/report.ts';
import { InputError, type ArticleJob } from './article-job.ts';
import { startSiteCheck, type SiteCheck, type SiteCheckOptions } from './site-check.ts';

/** A site's report, with what the run knows besides the checks. */
export interface SiteRun extends SiteReport {
  /** Absolute paths of the content files checked. */
  files: string[];
  /** Where each source's text came from: the build's own parse, the cache of earlier builds, or read here. */
  sources: { build: number; cache: number; read: number };
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

export async function verifySite(options: VerifyOptions): Promise<SiteRun> {
  const cwd = options.cwd ?? process.cwd();
  const files = await listArticleFiles(options.contentDir);
  const jobs = articleJobs(options.contentDir, files, options.publicDir ?? join(cwd, 'public'), cwd);
  const siteCheck = options.siteCheck ?? startSiteCheck(jobs, { workers: options.workers, resourceLimits: options.resourceLimits });
  try {
    const verified = await siteCheck.check(jobs, options.distDir);
    const sources = { build: 0, cache: 0, read: 0 };
    for (const { origin } of verified) sources[origin]++;
    return { ...summarise(verified.map(({ report }) => report)), files: jobs.map((job) => job.path), sources };
  } finally {
    await siteCheck.close();
  }
}
