/**
 * `npm run bench:compare -- --baseline DIR [--articles 10000 --rounds 3]`: this checkout against
 * another (DIR: a checkout of an earlier commit with its own node_modules, e.g. made with
 * `git worktree add DIR REV && cp -r node_modules DIR/`), on the same generated articles, in one
 * run: the full build (pipeline, pages, fidelity check) with each, alternately, `rounds` times,
 * each from an empty cache; then the check alone from the command line with each. Prints the
 * medians and this checkout's time and memory as a ratio of the baseline's. `--work DIR` puts the
 * generated articles and the builds elsewhere: on a RAM disk (`/dev/shm/...`) the disk's own
 * wandering speed leaves the comparison.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateArticles } from '../tests/helpers/generate.ts';
import { benchArgs } from './harness/args.ts';
import { measure, type Measured } from './harness/measure.ts';
import { markdownTable, median } from './harness/table.ts';

const usage = 'usage: npm run bench:compare -- --baseline DIR [--articles 10000] [--rounds 3] [--work DIR]';
const { values } = benchArgs(usage, {
  options: {
    baseline: { type: 'string' },
    articles: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
    work: { type: 'string' },
  },
});
if (!values.baseline) {
  console.error(`--baseline DIR is required\n\n${usage}`);
  process.exit(2);
}
const count = Number(values.articles);
const rounds = Math.max(1, Number(values.rounds));
const checkouts = { baseline: resolve(values.baseline), 'this checkout': resolve(import.meta.dirname, '..') };
const work = resolve(values.work ?? join(checkouts['this checkout'], 'bench/.work/compare'));
rmSync(work, { recursive: true, force: true });
const content = join(work, 'content');
generateArticles(content, count);

const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content };
for (const name of ['SITE_URL', 'BASE_PATH']) delete env[name];

type Name = keyof typeof checkouts;
const builds: Record<Name, Measured[]> = { baseline: [], 'this checkout': [] };
const checks: Partial<Record<Name, Measured>> = {};

async function run(name: Name, what: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<Measured> {
  process.stderr.write(`${count} articles, ${name}: ${what}…\n`);
  const measured = await measure(process.execPath, args, { cwd: checkouts[name], env: { ...env, ...extraEnv } });
  if (measured.code !== 0) throw new Error(`${name}: ${what} failed\n${measured.output.slice(-3000)}`);
  return measured;
}

for (let round = 1; round <= rounds; round++) {
  // Alternate which goes first, so that neither always runs on a warmer disk cache.
  const order: Name[] = round % 2 ? ['baseline', 'this checkout'] : ['this checkout', 'baseline'];
  for (const name of order) {
    const dir = join(work, name.replace(' ', '-'));
    rmSync(dir, { recursive: true, force: true });
    const astro = join(checkouts[name], 'node_modules/astro/bin/astro.mjs');
    builds[name].push(
      await run(name, `build, round ${round}`, [astro, 'build', '--outDir', join(dir, 'dist')], { ASTRO_CACHE_DIR: join(dir, 'cache') }),
    );
  }
}
for (const name of Object.keys(checkouts) as Name[]) {
  const dist = join(work, name.replace(' ', '-'), 'dist');
  checks[name] = await run(name, 'the check alone', [
    join(checkouts[name], 'scripts/verify.ts'),
    '--dist',
    dist,
    '--content',
    content,
    '--quiet',
  ]);
}
rmSync(work, { recursive: true, force: true });

const summary = (name: Name) => ({
  seconds: median(builds[name].map((m) => m.seconds)),
  cpuSeconds: median(builds[name].map((m) => m.cpuSeconds)),
  peakMiB: median(builds[name].map((m) => m.peakMiB)),
});
const base = summary('baseline');
const ratio = (value: number, of: number) => `${(value / of).toFixed(3)}x`;
/** A table row: a run's medians, and each as a ratio of the baseline's. */
const row = (label: string, run: typeof base, against: typeof base, rounds = '') => [
  label,
  run.seconds.toFixed(1),
  run.cpuSeconds.toFixed(1),
  run.peakMiB.toFixed(0),
  ratio(run.seconds, against.seconds),
  ratio(run.cpuSeconds, against.cpuSeconds),
  ratio(run.peakMiB, against.peakMiB),
  rounds,
];
const rows = (Object.keys(checkouts) as Name[]).flatMap((name) => [
  row(`${name}: build (median of ${rounds})`, summary(name), base, builds[name].map((m) => m.seconds.toFixed(1)).join(', ')),
  row(`${name}: the check alone (CLI)`, checks[name]!, checks.baseline!),
]);
console.log(
  markdownTable(
    ['run', 'wall s', 'CPU s', 'peak MiB', 'wall vs baseline', 'CPU vs baseline', 'memory vs baseline', 'rounds, wall s'],
    rows,
  ),
);
// Each round's two builds ran back to back: their ratio is spared the machine's drift between rounds.
const paired = builds['this checkout'].map((m, i) => m.seconds / builds.baseline[i]!.seconds);
console.log(
  `\nround by round, this checkout's build time over the baseline's: ${paired.map((r) => `${r.toFixed(3)}x`).join(', ')} (median ${median(paired).toFixed(3)}x)`,
);
