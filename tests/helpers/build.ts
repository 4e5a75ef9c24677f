/** Builds the site the way `npm run build` does, into a temporary folder, for tests to read. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const root = resolve(import.meta.dirname, '../..');

export interface Built {
  out: string;
  status: number | null;
  output: string;
}

/**
 * The environment for a child build: this one, less what would leak into it (Vitest sets Vite's
 * own variables such as BASE_URL and MODE in process.env; a child build would obey them).
 */
export function childBuildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE_URL', 'BASE_PATH', 'CONTENT_DIR', 'SOURCES_DIR']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VARIANT_')) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return { ...env, ...extra };
}

/** Where tests build: emptied at the start of each run (tests/global-setup.ts). */
export const buildsDir = join(root, 'test-output/builds');

/**
 * A fresh folder for one build, inside the project: Astro writes a build's server chunks beside
 * its output when that is under the working folder, else into the project's own `.astro/`, where
 * two builds at once (test files run side by side) would overwrite each other's.
 */
export function buildFolder(): string {
  mkdirSync(buildsDir, { recursive: true });
  return mkdtempSync(join(buildsDir, 'build-'));
}

/** `config`: another Astro configuration, relative to the project root. */
export function buildSite(
  options: { content?: string; env?: Record<string, string>; out?: string; cache?: string; config?: string } = {},
): Built {
  const work = buildFolder();
  const out = options.out ?? join(work, 'dist');
  const env = childBuildEnv({
    ASTRO_CACHE_DIR: options.cache ?? join(work, 'cache'),
    ...(options.content ? { CONTENT_DIR: options.content } : {}),
    ...options.env,
  });
  const result = spawnSync(
    process.execPath,
    [join(root, 'scripts/build.ts'), '--out', out, ...(options.config ? ['--config', options.config] : [])],
    {
      cwd: root,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  // Loggers colour their output when CI is set; tests read the words.
  return { out, status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

export const fixtures = join(root, 'tests/fixtures/articles');

const seedId = 'us-led-coalition-airstrikes-kill-20-more-civilians-in-syria';

/**
 * A fresh content folder (`<folder>/articles`, returned) holding the seed article as `seed.md`,
 * with its original beside it (`<folder>/originals`), so that its end-to-end proof holds.
 */
export function contentWithSeed(folder = mkdtempSync(join(tmpdir(), 'reader-content-'))): string {
  mkdirSync(join(folder, 'articles'), { recursive: true });
  mkdirSync(join(folder, 'originals'), { recursive: true });
  copyFileSync(join(root, `content/articles/${seedId}.md`), join(folder, 'articles/seed.md'));
  copyFileSync(join(root, `content/originals/${seedId}.txt`), join(folder, `originals/${seedId}.txt`));
  return join(folder, 'articles');
}
