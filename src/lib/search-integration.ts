/**
 * Indexes the built site with Pagefind (its Node API; the binary ships in the npm package) once
 * the fidelity check has passed: placed after the verifier, whose failure stops the build first.
 * Only article bodies are indexed (`data-pagefind-body` on the article page).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported with the config: by the end of the build Vite's module runner, which would load a
// dynamic import, is closed. The module only starts Pagefind's binary when asked.
import * as pagefind from 'pagefind';

export default function search(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: fileURLToPath(dir) });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`search: index written (${added.page_count} pages read; article bodies indexed)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
