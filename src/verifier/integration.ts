/**
 * Runs the verifier in `astro build`: it analyses each source the build has read while pages
 * render, checks every page when the build is done, writes `fidelity.json` beside the pages, and
 * fails the build, naming every failure, when a page lost an attribution, a quote or a word.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatReport } from './format.ts';
import { FactsCache, factsCacheFile, readerCodeDigest } from './facts-cache.ts';
import { buildSourceFacts } from './source-facts.ts';
import type { SourceAnalysis } from './verify-article.ts';
import { PARALLEL_FROM, VerifyPool } from './verify-pool.ts';
import { verifySite } from './verify-site.ts';

export default function fidelity(options: { contentDir: string }): AstroIntegration {
  let publicDir: string | undefined;
  let pool: VerifyPool | undefined;
  let analyses = new Map<string, Promise<SourceAnalysis>>();
  let cacheFile: string | undefined;
  return {
    name: 'fidelity-verifier',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        cacheFile = factsCacheFile(fileURLToPath(config.cacheDir));
      },
      'astro:build:start': () => {
        // Content is synced by now: analyse what the render read while the pages are generated,
        // on one thread, leaving the other core to the page generation.
        if (buildSourceFacts.size < PARALLEL_FROM) return;
        const analyser = new VerifyPool(1);
        analyses = new Map([...buildSourceFacts].map(([path, facts]) => [path, analyser.analyse(facts)]));
        void Promise.all(analyses.values()).finally(() => analyser.close());
        pool = new VerifyPool();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        try {
          const sources = new Map([...buildSourceFacts].map(([path, facts]) => [path, facts] as [string, typeof facts | SourceAnalysis]));
          for (const [path, analysis] of analyses) sources.set(path, await analysis);
          const cache = cacheFile ? await FactsCache.load(cacheFile, readerCodeDigest()) : undefined;
          const { files = [], sources: origins, ...report } = await verifySite({ contentDir: options.contentDir, distDir, publicDir, sources, pool, cache });
          await writeFile(new URL('fidelity.json', dir), `${JSON.stringify(report, null, 2)}\n`);
          await cache?.save(new Set(files));
          const text = formatReport(report, { quiet: true });
          if (!report.ok) throw new Error(`Fidelity check failed: a page does not say what its source said.\n${text}`);
          logger.info(text);
          if (origins) logger.info(`sources: ${origins.build} from this build's parse, ${origins.cache} unchanged since an earlier build, ${origins.read} read again`);
        } finally {
          buildSourceFacts.clear();
          analyses.clear();
          await pool?.close();
          pool = undefined;
        }
      },
    },
  };
}
