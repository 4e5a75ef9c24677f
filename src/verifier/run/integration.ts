/**
 * Runs the verifier in `astro build`: it prepares each article (reads its file, analyses the
 * source the build's render captured) while pages render, checks every page when the build is
 * done, writes `fidelity.json` beside the pages, and fails the build, naming every failure, when
 * a page lost an attribution, a quote or a word.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { codeDigest } from '../../markdown/code-digest.ts';
import type { SourceFacts } from '../../text/source-facts.ts';
import { formatReport } from '../check/format.ts';
import type { ArticleJob, PreparedSummary } from './article-job.ts';
import { FactsCache, factsCacheFile } from './facts-cache.ts';
import { prepareArticles, type Preparation } from './preparation.ts';
import { articleJobs, listArticleFiles, verifySite } from './site.ts';

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
  let cacheFile: string | undefined;
  let cache: FactsCache | undefined;
  let jobs: ArticleJob[] = [];
  let preparation: Preparation | undefined;
  return {
    name: 'fidelity-verifier',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        cacheFile = factsCacheFile(fileURLToPath(config.cacheDir));
      },
      'astro:build:start': async () => {
        // Content is synced by now: prepare every article while the pages are generated, in the
        // background, leaving the page generation its core.
        cache = cacheFile ? await FactsCache.load(cacheFile, codeDigest()) : undefined;
        const files = await listArticleFiles(contentDir);
        jobs = articleJobs(contentDir, files, publicDir, process.cwd()).map((job) => ({ ...job, facts: buildSources?.get(job.path), cached: cache?.get(job.path) }));
        buildSources?.clear();
        preparation = prepareArticles(jobs, { background: true, resourceLimits: threadLimits });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        try {
          const prepared = preparation?.prepared ?? new Map<string, Promise<PreparedSummary>>();
          const { files, sources: origins, ...report } = await verifySite({ contentDir, distDir, publicDir, preparation });
          const saved = cache ? saveCache(cache, prepared, jobs, files) : undefined;
          await Promise.all([writeFile(new URL('fidelity.json', dir), `${JSON.stringify(report)}\n`), saved]);
          const text = formatReport(report, { quiet: true });
          if (!report.ok) throw new Error(`Fidelity check failed: a page does not say what its source said.\n${text}`);
          logger.info(text);
          logger.info(`sources: ${origins.build} from this build's parse, ${origins.cache} unchanged since an earlier build, ${origins.read} read again`);
        } finally {
          jobs = [];
          preparation = undefined;
          cache = undefined;
        }
      },
    },
  };
}

/** Keeps what this build read of each source for the next build. */
async function saveCache(cache: FactsCache, prepared: ReadonlyMap<string, Promise<PreparedSummary>>, jobs: readonly ArticleJob[], files: readonly string[]): Promise<void> {
  for (const job of jobs) {
    const summary = await prepared.get(job.path)?.catch(() => undefined);
    // A source the cache gave is there already, under the same digest.
    const facts = summary?.origin === 'build' ? job.facts : summary?.facts;
    if (summary && facts) cache.set(job.path, summary.hash, facts);
  }
  await cache.save(new Set(files));
}
