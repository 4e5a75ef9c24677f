/** Builds the site the way `npm run build` does, into a temporary folder, for tests to read. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

export interface Built {
  out: string;
  status: number | null;
  output: string;
}

export function buildSite(options: { content?: string; env?: Record<string, string>; out?: string } = {}): Built {
  const work = mkdtempSync(join(tmpdir(), 'reader-build-'));
  const out = options.out ?? join(work, 'dist');
  const env: Record<string, string | undefined> = {
    ...process.env,
    ASTRO_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(options.content ? { CONTENT_DIR: options.content } : {}),
    ...options.env,
  };
  for (const name of ['SITE_URL', 'BASE_PATH'] as const) if (!options.env?.[name]) delete env[name];
  // Vitest sets Vite's own variables (BASE_URL, MODE, …) in process.env; a child build would obey them.
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), '--out', out], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { out, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export const fixtures = join(root, 'tests/fixtures/articles');
