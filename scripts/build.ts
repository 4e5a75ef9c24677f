/**
 * `npm run build`: builds into a fresh folder beside `dist/` and puts it in place only when the
 * build and the fidelity check both pass, so a failed build never costs the last good site.
 * `--out DIR` builds somewhere else, `--config FILE` with another Astro configuration (tests use
 * both).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { codeDigest } from '../src/markdown/code-digest.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, config: { type: 'string' } } });
const out = resolve(values.out);
const staging = join(dirname(out), `.${basename(out)}-build-${process.pid}`);
const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

// Astro keeps rendered articles between builds and renews them when its config changes, but not
// when the code of a Markdown plugin does: then the cache must go (`--force`).
const cacheDir = resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');
const stamp = join(cacheDir, 'pipeline-digest');
const digest = codeDigest();
const stale = existsSync(stamp) && readFileSync(stamp, 'utf8') !== digest;
if (stale) process.stdout.write('The Markdown pipeline changed since the last build: rendering every article again.\n');

const result = spawnSync(
  process.execPath,
  [astro, 'build', '--outDir', staging, ...(values.config ? ['--config', values.config] : []), ...(stale ? ['--force'] : [])],
  {
    stdio: 'inherit',
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
  },
);

if (result.status !== 0) {
  await rm(staging, { recursive: true, force: true });
  const kept = existsSync(out) ? `${out} is left exactly as it was` : `nothing was written to ${out}`;
  process.stderr.write(`\nBuild failed (see above); ${kept}.\n`);
  process.exit(result.status ?? 1);
}

mkdirSync(cacheDir, { recursive: true });
writeFileSync(stamp, digest);

const previous = `${staging}-previous`;
if (existsSync(out)) await rename(out, previous);
await rename(staging, out);
await rm(previous, { recursive: true, force: true });
process.stdout.write(`Site written to ${out}\n`);
