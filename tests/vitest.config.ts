/**
 * Three Vitest projects, as Starlight splits its suite: `unit` (pure modules and thread pools, the
 * inner loop: `npm run test:unit`), `build` (builds the site and reads what it wrote) and
 * `browser` (Chromium reads the built pages). `npm test` runs all three.
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

export default defineConfig({
  root,
  test: {
    testTimeout: 120_000,
    // Vitest's default leaves one core free, which on a 2-core machine is one file at a time; but
    // a build or browser test spends much of its time waiting on its child build or Chromium.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    globalSetup: ['tests/global-setup.ts'],
    hookTimeout: 240_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'] } },
    ],
  },
});
