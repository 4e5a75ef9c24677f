/**
 * The site as one Astro integration, the way Starlight is one: in `astro:config:setup` it sets
 * the Markdown processor from the site's own configuration (origin, base path, public folder) and
 * adds the site's pages (the table in `src/routes.ts`, built from `src/routes/`) and the
 * integrations it is made of (`headers.ts`, `search.ts`, `fidelity.ts`). With `verify`, the
 * processor's renders capture each source for the fidelity check, which then checks every page
 * at the end of the build.
 */
import { fileURLToPath } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import securityHeaders from './headers.ts';
import sitemap from './sitemap.ts';
import search from './search.ts';
import { parallelMarkdownProcessor } from '../markdown/threads/processor.ts';
import type { SourceFacts } from '../text/source-facts.ts';
import { routes, type Route } from '../routes.ts';
import fidelity from './fidelity.ts';

export interface NewsReaderOptions {
  /** The folder of article entries. */
  contentDir: string;
  /** Run the fidelity check in the build; default true. Off only for tests and benchmarks. */
  verify?: boolean | undefined;
  /** V8 heap limits of every render and verifier thread; default V8's own. */
  threadLimits?: ResourceLimits | undefined;
  /**
   * The pages and files to follow and browse by (sources, topics, archive, search, feeds); default
   * true. Off only for the benchmark that measures what they cost.
   */
  browse?: boolean | undefined;
  /** Other sites' search indexes on this origin that the search page searches too (`SEARCH_MERGE`). */
  searchMerge?: readonly string[] | undefined;
}

/** The routes of `src/routes.ts` this build makes: feeds need absolute links, so only with the site's address. */
function routesToInject({ browse, withSite }: { browse: boolean; withSite: boolean }): Route[] {
  return Object.values(routes as Record<string, Route>).filter((route) => (browse || !route.browse) && (withSite || !route.feed));
}

export default function newsReader({
  contentDir,
  verify = true,
  threadLimits,
  browse = true,
  searchMerge = [],
}: NewsReaderOptions): AstroIntegration {
  return {
    name: 'news-reader',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, injectRoute }) => {
        for (const { pattern, entrypoint } of routesToInject({ browse, withSite: Boolean(config.site) })) {
          injectRoute({ pattern, entrypoint: new URL(`../routes/${entrypoint}`, import.meta.url), prerender: true });
        }
        const buildSources = verify ? new Map<string, SourceFacts>() : undefined;
        const processor = parallelMarkdownProcessor({
          site: config.site,
          base: config.base,
          publicDir: fileURLToPath(config.publicDir),
          onSource: buildSources && ((path, facts) => buildSources.set(path, facts)),
          resourceLimits: threadLimits,
        });
        updateConfig({
          markdown: { processor },
          // The page says whether it was checked: only when the check runs in this build.
          vite: {
            define: {
              'import.meta.env.FIDELITY_CHECK': JSON.stringify(verify),
              // A string: Vite's define gives an array under import.meta.env as its one value.
              'import.meta.env.SEARCH_MERGE': JSON.stringify(searchMerge.join(',')),
            },
          },
          // A sitemap needs absolute URLs, so only when the site's address is known.
          // The search index comes after the fidelity check: only a proved site is indexed.
          integrations: [
            ...(config.site ? [sitemap()] : []),
            securityHeaders(),
            ...(verify ? [fidelity({ contentDir, buildSources, threadLimits })] : []),
            ...(browse ? [search()] : []),
          ],
        });
      },
    },
  };
}
