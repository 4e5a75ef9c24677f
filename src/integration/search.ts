/**
 * Indexes the built site's articles with Pagefind (its Node API; the binary ships in the npm
 * package). Reading the pages starts as soon as they are generated, beside the fidelity check;
 * the index is written only in `astro:build:done`, which runs after the verifier's (it comes
 * first in the integrations), so a site whose check fails never gets an index. Only article
 * bodies are indexed (`data-pagefind-body` on the article page), and only article pages are read.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported with the config: by the end of the build Vite's module runner, which would load a
// dynamic import, is closed. The module only starts Pagefind's binary when asked.
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';

async function readArticles(dir: URL): Promise<{ index: PagefindIndex; pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: fileURLToPath(dir), glob: 'articles/**/*.html' });
  if (added.errors.length) throw new Error(`Pagefind could not read the articles: ${added.errors.join('; ')}`);
  return { index, pages: added.page_count };
}

export default function search(): AstroIntegration {
  let reading: Promise<{ index: PagefindIndex; pages: number }> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        reading = readArticles(dir);
        // Awaited in astro:build:done; a failure meanwhile is reported there, not as unhandled.
        reading.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { index, pages } = await (reading ?? readArticles(dir));
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`search: ${pages} articles indexed`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
