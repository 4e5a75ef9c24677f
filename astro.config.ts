import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { contentDirFromEnv } from './src/lib/content-dir.ts';
import { deployFromEnv } from './src/lib/deploy.ts';
import securityHeaders from './src/lib/headers-integration.ts';
import fidelity from './src/verifier/integration.ts';
import { parallelMarkdownProcessor } from './src/markdown/parallel-processor.ts';

const { site, base } = deployFromEnv(process.env);

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  // Separate caches let builds of different content folders run side by side (tests do).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // A sitemap needs absolute URLs, so only when the site's address is known.
  integrations: [...(site ? [sitemap()] : []), securityHeaders(), fidelity({ contentDir: contentDirFromEnv() })],
  // Pages wait on file writes; rendering a few at once keeps the thread busy (see bench/build.ts).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  markdown: {
    syntaxHighlight: false,
    processor: parallelMarkdownProcessor({ site, base, publicDir: fileURLToPath(new URL('./public/', import.meta.url)) }),
  },
});
