/**
 * `npm run bench:verify [-- --articles 10000 --rounds 3]`: what the fidelity check costs. In one
 * run, on the same generated articles: the site built without the check and with it (the check
 * reusing the build's parse), alternately, `rounds` times each; then the check alone from the
 * command line (reading every Markdown file itself). Prints the medians, every round's share of
 * the build (the machines are noisy: one pair of builds can differ by a few seconds either way),
 * pages per second and peak memory.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateArticles } from '../tests/helpers/generate.ts';
import { benchArgs } from './harness/args.ts';
import { measure, type Measured } from './harness/measure.ts';
import { markdownTable, median } from './harness/table.ts';

const { values } = benchArgs('usage: npm run bench:verify -- [--articles 10000] [--rounds 3]', {
  options: { articles: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '3' } },
});
const count = Number(values.articles);
const rounds = Math.max(1, Number(values.rounds));
const root = resolve(import.meta.dirname, '..');
const work = join(root, 'bench/.work/verify');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
rmSync(work, { recursive: true, force: true });
const content = join(work, 'content');
generateArticles(content, count);

const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content };
for (const name of ['SITE_URL', 'BASE_PATH']) delete env[name];

async function build(round: number, checked: boolean): Promise<Measured> {
  process.stderr.write(`${count} articles, round ${round}: building ${checked ? 'with' : 'without'} the check…\n`);
  // Both builds run `astro build` itself, so that the difference is the check alone (not the
  // atomic swap `npm run build` adds around it); each starts from an empty cache.
  const name = checked ? 'dist' : 'plain';
  rmSync(join(work, name), { recursive: true, force: true });
  rmSync(join(work, `cache-${name}`), { recursive: true, force: true });
  const config = checked ? [] : ['--config', 'scripts/astro-variant.config.ts'];
  const measured = await measure(process.execPath, [astro, 'build', ...config, '--outDir', join(work, name)], {
    cwd: root,
    env: { ...env, ...(checked ? {} : { VARIANT_VERIFY: 'off' }), ASTRO_CACHE_DIR: join(work, `cache-${name}`) },
  });
  if (measured.code !== 0) throw new Error(measured.output.slice(-3000));
  return measured;
}

const pairs: Array<{ without: Measured; checked: Measured }> = [];
for (let round = 1; round <= rounds; round++) pairs.push({ without: await build(round, false), checked: await build(round, true) });

process.stderr.write('checking alone (npm run verify)…\n');
const alone = await measure(
  process.execPath,
  [join(root, 'scripts/verify.ts'), '--dist', join(work, 'dist'), '--content', content, '--quiet'],
  { cwd: root, env },
);
if (alone.code !== 0) throw new Error(alone.output.slice(-3000));
rmSync(work, { recursive: true, force: true });

const without = { seconds: median(pairs.map((pair) => pair.without.seconds)), peakMiB: median(pairs.map((pair) => pair.without.peakMiB)) };
const withCheck = {
  seconds: median(pairs.map((pair) => pair.checked.seconds)),
  peakMiB: median(pairs.map((pair) => pair.checked.peakMiB)),
};
const shares = pairs.map(({ without: plain, checked }) => (checked.seconds - plain.seconds) / plain.seconds);
const percent = (share: number) => `${(share * 100).toFixed(0)}%`;

const rows = [
  [`build without the check (median of ${rounds})`, without.seconds.toFixed(1), '', without.peakMiB.toFixed(0), '1.00x'],
  [
    `build with the check (median of ${rounds})`,
    withCheck.seconds.toFixed(1),
    '',
    withCheck.peakMiB.toFixed(0),
    `${(withCheck.seconds / without.seconds).toFixed(2)}x`,
  ],
  [
    'the check alone (CLI, reads Markdown itself)',
    alone.seconds.toFixed(1),
    (count / alone.seconds).toFixed(0),
    alone.peakMiB.toFixed(0),
    '',
  ],
];
const header = ['run', 'wall s', 'pages/s', 'peak MiB', 'vs build without'];
console.log(markdownTable(header, rows));
console.log(
  `\nthe check adds ${percent(median(shares))} to a ${count}-article build (median; each round: ${shares.map(percent).join(', ')})`,
);
