/**
 * Runs the verifier in `astro build`: it prepares each article (reads its file, analyses the
 * source the build's render captured) while pages render, checks each article page soon after it
 * is written (the build's prerenderer says which it generates), makes sure when the build is done
 * that every page is still the one checked (checking again any that is not, and any this build
 * did not generate), writes `fidelity.json` beside the pages, and fails the build, naming every
 * failure, when a page lost an attribution, a quote or a word.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { FIDELITY_REPORT } from '../contract.ts';
import { articlePath } from '../routes.ts';
import { articleIdFromPath } from '../text/slug.ts';
import { codeDigest } from '../markdown/code-digest.ts';
import type { SourceFacts } from '../text/source-facts.ts';
import { formatReport } from '../verifier/check/format.ts';
import type { ArticleJob, CheckedArticle, PreparedSummary, VerifiedArticle } from '../verifier/run/article-job.ts';
import { BuildCache, cachedFacts, checksCacheFile, checksSalt, factsCacheFile, type CachedFacts } from '../verifier/run/build-cache.ts';
import { startSiteCheck, type SiteCheck } from '../verifier/run/site-check.ts';
import { articleJobs, listArticleFiles, verifySite } from '../verifier/run/site.ts';

export interface FidelityOptions {
  /** The folder of article entries. */
  contentDir: string;
  /**
   * The source facts this build's renders captured, by absolute file path (the Markdown
   * processor's `onSource` fills it); articles missing from it are read from their files.
   */
  buildSources?: Map<string, SourceFacts> | undefined;
  /** V8 heap limits of the verifier's threads. */
  threadLimits?: ResourceLimits | undefined;
}

export default function fidelity({ contentDir, buildSources, threadLimits }: FidelityOptions): AstroIntegration {
  let publicDir = '';
  let base = '/';
  let outDir = '';
  let cacheDir: string | undefined;
  let cache: BuildCache<CachedFacts> | undefined;
  let checks: BuildCache<CheckedArticle> | undefined;
  let jobs: ArticleJob[] = [];
  let siteCheck: SiteCheck | undefined;
  return {
    name: 'fidelity-verifier',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        base = config.base;
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        // Content is synced by now: prepare every article while the pages are generated, in the
        // background, leaving the page generation its core.
        if (cacheDir) {
          [cache, checks] = await Promise.all([
            BuildCache.load<CachedFacts>(factsCacheFile(cacheDir), codeDigest()),
            BuildCache.load<CheckedArticle>(checksCacheFile(cacheDir), checksSalt()),
          ]);
        }
        const files = await listArticleFiles(contentDir);
        jobs = articleJobs(contentDir, files, publicDir, process.cwd()).map((job) => ({
          ...job,
          facts: buildSources?.get(job.path),
          cached: cache?.get(job.path),
          checked: checks?.get(job.path),
        }));
        buildSources?.clear();
        siteCheck = startSiteCheck(jobs, { background: true, resourceLimits: threadLimits });
        const checkEarly = siteCheck.checkEarly?.bind(siteCheck);
        if (checkEarly) {
          const byAddress = new Map(jobs.map((job) => [articlePath(articleIdFromPath(job.relativePath)), job]));
          const jobAt = (pathname: string) => byAddress.get(decodeURIComponent(withoutBase(pathname, base)));
          setPrerenderer((defaults) => reportingArticlePages(defaults, jobAt, (job) => checkEarly(job, outDir)));
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        try {
          const prepared = siteCheck?.prepared ?? new Map<string, Promise<PreparedSummary>>();
          const { files, sources: origins, reused, checked, ...report } = await verifySite({ contentDir, distDir, publicDir, siteCheck });
          const saved = [cache && saveCache(cache, prepared, jobs, files), checks && saveChecks(checks, files, checked)];
          await Promise.all([writeFile(new URL(FIDELITY_REPORT, dir), `${JSON.stringify(report)}\n`), ...saved]);
          const text = formatReport(report, { quiet: true });
          if (!report.ok) throw new Error(`Fidelity check failed: a page does not say what its source said.\n${text}`);
          logger.info(text);
          logger.info(
            `sources: ${origins.build} from this build's parse, ${origins.cache} unchanged since an earlier build, ${origins.read} read again; ` +
              `${reused} checks as an earlier build's, every file they read unchanged`,
          );
        } finally {
          jobs = [];
          siteCheck = undefined;
          cache = undefined;
          checks = undefined;
        }
      },
    },
  };
}

/** Keeps what this build read of each source for the next build. */
async function saveCache(
  cache: BuildCache<CachedFacts>,
  prepared: ReadonlyMap<string, Promise<PreparedSummary>>,
  jobs: readonly ArticleJob[],
  files: readonly string[],
): Promise<void> {
  for (const job of jobs) {
    const summary = await prepared.get(job.path)?.catch(() => undefined);
    // A source the cache gave is there already, under the same digest.
    const facts = summary?.origin === 'build' ? job.facts : summary?.facts;
    if (summary && facts) cache.set(job.path, cachedFacts(summary.hash, facts));
  }
  await cache.save(new Set(files));
}

/** Keeps each article's check, with what its files read, for the next build; `checked` in the order of `files`. */
async function saveChecks(
  checks: BuildCache<CheckedArticle>,
  files: readonly string[],
  checked: readonly VerifiedArticle[],
): Promise<void> {
  checked.forEach(({ reads, report, origin }, i) => {
    if (reads) checks.set(files[i]!, { reads, report, origin });
  });
  await checks.save(new Set(files));
}

/** A path on the site with the deploy base path taken off: `/news/articles/a/` → `/articles/a/`. */
function withoutBase(pathname: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length - 1) : pathname;
}

/**
 * The build's own prerenderer, telling the verifier of each article page it generates (`jobAt`
 * finds the article a page is for), so that pages are checked while others are still being
 * generated, on the core the generation leaves idle, rather than all after it. The page itself
 * goes on untouched (handing its text over instead cost the generation more than it saved).
 */
function reportingArticlePages(
  defaults: AstroPrerenderer,
  jobAt: (pathname: string) => ArticleJob | undefined,
  generating: (job: ArticleJob) => void,
): AstroPrerenderer {
  return {
    ...defaults,
    async render(request, options) {
      const result = await defaults.render(request, options);
      const response = result instanceof Response ? result : result.response;
      const job = response.status === 200 ? jobAt(new URL(request.url).pathname) : undefined;
      if (job) generating(job);
      return result;
    },
  };
}
