import { defineConfig } from 'astro/config';
import newsReader from './src/integration.ts';
import { contentDirFromEnv } from './src/lib/content-dir.ts';
import { deployFromEnv } from './src/lib/deploy.ts';

const { site, base } = deployFromEnv(process.env);

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  // Separate caches let builds of different content folders run side by side (tests do).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  integrations: [newsReader({ contentDir: contentDirFromEnv() })],
  // Pages wait on file writes; rendering a few at once keeps the thread busy (see bench/build.ts).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  markdown: { syntaxHighlight: false },
});
