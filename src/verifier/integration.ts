/**
 * Runs the verifier in `astro build`: it prepares each article (reads its file, analyses the
 * source the build's render captured) while pages render, checks every page when the build is
 * done, writes `fidelity.json` beside the pages, and fails the build, naming every failure, when
 * a page lost an attribution, a quote or a word.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatReport } from './format.ts';
import { FactsCache, factsCacheFile, readerCodeDigest } from './facts-cache.ts';
import { buildSourceFacts, sourceCapture } from './source-facts.ts';
import { PARALLEL_FROM, VerifyPool } from './verify-pool.ts';
import { articleJobs, listArticleFiles, prepareArticle, verifySite, type PreparedArticle } from './verify-site.ts';

export default function fidelity(options: { contentDir: string }): AstroIntegration {
  let publicDir = '';
  let cacheFile: string | undefined;
  let cache: FactsCache | undefined;
  let prepared = new Map<string, Promise<PreparedArticle>>();
  return {
    name: 'fidelity-verifier',
    hooks: {
      'astro:config:setup': () => {
        sourceCapture.wanted = true;
      },
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        cacheFile = factsCacheFile(fileURLToPath(config.cacheDir));
      },
      'astro:build:start': async () => {
        // Content is synced by now: prepare every article while the pages are generated, on one
        // thread at low priority, leaving the page generation its core.
        cache = cacheFile ? await FactsCache.load(cacheFile, readerCodeDigest()) : undefined;
        const files = await listArticleFiles(options.contentDir);
        const jobs = articleJobs(options.contentDir, files, publicDir, process.cwd()).map((job) => ({ ...job, facts: buildSourceFacts.get(job.path), cached: cache?.get(job.path) }));
        buildSourceFacts.clear();
        const preparer = jobs.length >= PARALLEL_FROM ? new VerifyPool(1) : undefined;
        prepared = new Map(jobs.map((job) => [job.path, preparer ? preparer.prepare(job) : prepareArticle(job)]));
        // Failures are reported when the pages are checked; until then they are not unhandled.
        for (const promise of prepared.values()) promise.catch(() => {});
        void Promise.allSettled(prepared.values()).then(() => preparer?.close());
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        try {
          const { files = [], sources: origins, ...report } = await verifySite({ contentDir: options.contentDir, distDir, publicDir, prepared });
          const saved = cache ? saveCache(cache, prepared, files) : undefined;
          await Promise.all([writeFile(new URL('fidelity.json', dir), `${JSON.stringify(report)}\n`), saved]);
          const text = formatReport(report, { quiet: true });
          if (!report.ok) throw new Error(`Fidelity check failed: a page does not say what its source said.\n${text}`);
          logger.info(text);
          if (origins) logger.info(`sources: ${origins.build} from this build's parse, ${origins.cache} unchanged since an earlier build, ${origins.read} read again`);
        } finally {
          prepared = new Map();
          cache = undefined;
        }
      },
    },
  };
}

/** Keeps what this build read of each source for the next build. */
async function saveCache(cache: FactsCache, prepared: ReadonlyMap<string, Promise<PreparedArticle>>, files: readonly string[]): Promise<void> {
  for (const [path, promise] of prepared) {
    const { hash, source } = await promise.catch(() => ({ hash: '', source: undefined }));
    if (source) cache.set(path, hash, source);
  }
  await cache.save(new Set(files));
}
