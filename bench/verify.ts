/**
 * `npm run bench:verify [-- --articles 10000]`: what the fidelity check costs. In one run, on the
 * same generated articles: the site built without the check, the site built with it (the check
 * reusing the build's parse), and the check alone from the command line (reading every Markdown
 * file itself). Prints pages per second, peak memory and the share of the build.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticles } from './lib/generate.ts';
import { measure } from './lib/measure.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' } } });
const count = Number(values.articles);
const root = resolve(import.meta.dirname, '..');
const work = join(root, 'bench/.work/verify');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
rmSync(work, { recursive: true, force: true });
const content = join(work, 'content');
generateArticles(content, count);

const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content };
for (const name of ['SITE_URL', 'BASE_PATH']) delete env[name];

process.stderr.write(`${count} articles: building without the check…\n`);
const without = await measure(process.execPath, [astro, 'build', '--config', 'scripts/astro-without-verifier.config.ts', '--outDir', join(work, 'plain')], {
  cwd: root,
  env: { ...env, ASTRO_CACHE_DIR: join(work, 'cache-plain') },
});
if (without.code !== 0) throw new Error(without.output.slice(-3000));

process.stderr.write('building with the check…\n');
// Both builds run `astro build` itself, so that the difference is the check alone (not the atomic
// swap `npm run build` adds around it).
const withCheck = await measure(process.execPath, [astro, 'build', '--outDir', join(work, 'dist')], {
  cwd: root,
  env: { ...env, ASTRO_CACHE_DIR: join(work, 'cache-checked') },
});
if (withCheck.code !== 0) throw new Error(withCheck.output.slice(-3000));

process.stderr.write('checking alone (npm run verify)…\n');
const alone = await measure(process.execPath, [join(root, 'scripts/verify.ts'), '--dist', join(work, 'dist'), '--content', content, '--quiet'], { cwd: root, env });
if (alone.code !== 0) throw new Error(alone.output.slice(-3000));
rmSync(work, { recursive: true, force: true });

const rows = [
  ['build without the check', without.seconds.toFixed(1), '', without.peakMiB.toFixed(0), '1.00x'],
  ['build with the check', withCheck.seconds.toFixed(1), '', withCheck.peakMiB.toFixed(0), `${(withCheck.seconds / without.seconds).toFixed(2)}x`],
  ['the check alone (CLI, reads Markdown itself)', alone.seconds.toFixed(1), (count / alone.seconds).toFixed(0), alone.peakMiB.toFixed(0), ''],
];
const header = ['run', 'wall s', 'pages/s', 'peak MiB', 'vs build without'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
console.log(`\nthe check adds ${(((withCheck.seconds - without.seconds) / without.seconds) * 100).toFixed(0)}% to a ${count}-article build`);
