import { defineConfig } from 'astro/config';
import newsReader from './src/integration/index.ts';
import { contentDirFromEnv, deployFromEnv, searchMergeFromEnv } from './src/env.ts';

const { site, base } = deployFromEnv(process.env);

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  // Separate caches let builds of different content folders run side by side (tests do).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  integrations: [newsReader({ contentDir: contentDirFromEnv(), searchMerge: searchMergeFromEnv(process.env) })],
  // Pages wait on file writes; rendering a few at once keeps the thread busy (see bench/build.ts).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  markdown: { syntaxHighlight: false },
  // An article's pages whose entry is unchanged are copied from the last build (`pageKey`).
  experimental: { incrementalBuild: true },
});
