/**
 * `npm run bench:import [-- --articles 10000 --rounds 3 --items 10000 --archive-mib 1024 --work DIR]`:
 * first the readers of files of many articles: an RSS feed of `items` items and a gzipped web
 * archive of `items` pages, each imported in one command, `rounds` times alternately (the median
 * time and its range, peak memory; target 15 s each), and an archive of `archive-mib` MiB (pages among images, as a crawl holds them) for the
 * importer's peak memory. `--articles 0` stops there. Then the importer and the
 * end-to-end proof at scale. Generates scraped reports in the seed's shape, imports them (time,
 * peak memory), then builds the imported site with the proof (each page held against its
 * original) and the same entries without their provenance (today's check: each page against its
 * Markdown), alternately, `rounds` times each; prints the medians and what the proof adds.
 * Then, with `--versions N` (default 1000, 0 for none), imports a changed copy of N of the reports
 * (a quotation edited, a sentence gone) and builds the site with those versions against the same
 * site with one version each, alternately: what keeping and proving every version costs.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateArchive, generateFeed, generateOriginals } from '../tests/helpers/generate.ts';
import { benchArgs } from './harness/args.ts';
import { measure, type Measured } from './harness/measure.ts';
import { markdownTable, median } from './harness/table.ts';

const { values } = benchArgs(
  'usage: npm run bench:import -- [--articles 10000] [--versions 1000] [--rounds 3] [--items 10000] [--archive-mib 1024] [--work DIR]',
  {
    options: {
      articles: { type: 'string', default: '10000' },
      versions: { type: 'string', default: '1000' },
      rounds: { type: 'string', default: '3' },
      items: { type: 'string', default: '10000' },
      'archive-mib': { type: 'string', default: '1024' },
      work: { type: 'string' },
    },
  },
);
const count = Number(values.articles);
const rounds = Math.max(1, Number(values.rounds));
const root = resolve(import.meta.dirname, '..');
const work = resolve(values.work ?? join(root, 'bench/.work/import'));
rmSync(work, { recursive: true, force: true });
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
for (const name of ['SITE_URL', 'BASE_PATH', 'CONTENT_DIR']) delete env[name];

/** Imports `input` into a folder of its own, emptied first: what the command took, and how many articles it wrote. */
async function importOnce(input: string, name: string): Promise<Measured & { articles: number }> {
  rmSync(join(work, name), { recursive: true, force: true });
  const run = await measure(process.execPath, [join(root, 'scripts/import.ts'), input, '--out', join(work, name, 'articles'), '--json'], {
    cwd: root,
    env,
  });
  if (run.code !== 0) throw new Error(run.output.slice(-3000));
  const summary = JSON.parse(run.output.slice(run.output.indexOf('{'))) as { new: number };
  return { ...run, articles: summary.new };
}

const items = Number(values.items);
const archiveMiB = Number(values['archive-mib']);
if (items > 0 || archiveMiB > 0) {
  mkdirSync(work, { recursive: true });
  const rows: string[][] = [];
  /** A row of rounds: the median of each figure, and the range of the wall time (the machine is noisy). */
  const row = (what: string, runs: ReadonlyArray<Measured & { articles: number }>, bytes: number) => {
    const wall = runs.map((run) => run.seconds);
    const range = runs.length > 1 ? ` (${Math.min(...wall).toFixed(1)}-${Math.max(...wall).toFixed(1)})` : '';
    rows.push([
      what,
      (bytes / 2 ** 20).toFixed(0),
      String(runs[0]!.articles),
      String(runs.length),
      `${median(wall).toFixed(1)}${range}`,
      median(runs.map((run) => run.cpuSeconds)).toFixed(1),
      median(runs.map((run) => run.peakMiB)).toFixed(0),
    ]);
  };
  if (items > 0) {
    const feed = join(work, 'feed.rss');
    generateFeed(feed, items);
    const archive = join(work, 'crawl.warc.gz');
    await generateArchive(archive, { pages: items, gzip: true });
    process.stderr.write(
      `an RSS feed of ${items} items and a web archive of ${items} pages generated; importing each ${rounds} times, alternately…\n`,
    );
    const feeds: Array<Measured & { articles: number }> = [];
    const archives: Array<Measured & { articles: number }> = [];
    for (let round = 0; round < rounds; round++) {
      feeds.push(await importOnce(feed, 'feed'));
      archives.push(await importOnce(archive, 'crawl'));
    }
    row(`RSS feed, ${items} full-text items`, feeds, statSync(feed).size);
    row(`web archive (.warc.gz), ${items} pages`, archives, statSync(archive).size);
  }
  if (archiveMiB > 0) {
    const big = join(work, 'big.warc');
    const pages = Math.max(1, Math.round(items / 10));
    await generateArchive(big, { pages, fillMiB: archiveMiB });
    process.stderr.write(`a web archive of ${archiveMiB} MiB (${pages} pages among images) generated; importing…\n`);
    row(`web archive (.warc), ${pages} pages among images`, [await importOnce(big, 'big')], statSync(big).size);
    rmSync(big);
  }
  console.log(markdownTable(['import', 'MiB in', 'articles', 'rounds', 'wall s, median (range)', 'cpu s', 'peak MiB'], rows));
  console.log('target: 10,000 items of a feed, and of an archive, each imported in at most 15 s (the median of the rounds)\n');
  rmSync(work, { recursive: true, force: true });
}
if (count === 0) process.exit(0);

const originals = join(work, 'originals-in');
generateOriginals(originals, count);
process.stderr.write(`${count} reports generated; importing…\n`);
const proved = join(work, 'proved/articles');
const imported = await measure(process.execPath, [join(root, 'scripts/import.ts'), originals, '--out', proved, '--json'], {
  cwd: root,
  env,
});
if (imported.code !== 0) throw new Error(imported.output.slice(-3000));

// The same entries without `original` and `cleanup`: what today's check reads.
const plain = join(work, 'plain/articles');
mkdirSync(plain, { recursive: true });
for (const name of readdirSync(proved)) {
  const text = readFileSync(join(proved, name), 'utf8');
  const end = text.indexOf('\n---\n', 4);
  const front = text
    .slice(0, end)
    .replace(/\noriginal:\n(?: {2}.*\n?)*/, '\n')
    .replace(/\ncleanup:\n(?:(?: {2}| {4}| {6}).*\n?|\n)*/, '\n');
  writeFileSync(join(plain, name), `${front}${text.slice(end)}`);
}

// The same site again, with a changed copy of the first `versions` reports imported over it.
const versionCount = Math.min(count, Number(values.versions));
if (versionCount > 0) {
  cpSync(join(work, 'proved'), join(work, 'versioned'), { recursive: true });
  const changed = join(work, 'changed-in');
  const files = (readdirSync(originals, { recursive: true }) as string[]).filter((name) => name.endsWith('.txt')).sort();
  for (const name of files.slice(0, versionCount)) {
    mkdirSync(join(changed, name, '..'), { recursive: true });
    const text = readFileSync(join(originals, name), 'utf8');
    writeFileSync(join(changed, name), text.replace('civilians', 'people').replace(/\n\n[^\n]*\n*$/, '\n'));
  }
  const again = await measure(
    process.execPath,
    [join(root, 'scripts/import.ts'), changed, '--out', join(work, 'versioned/articles'), '--json'],
    {
      cwd: root,
      env,
    },
  );
  if (again.code !== 0) throw new Error(again.output.slice(-3000));
}

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
type Kind = 'proved' | 'plain' | 'versioned';
const builds: Record<Kind, Measured[]> = { proved: [], plain: [], versioned: [] };
const kinds: Kind[] = versionCount > 0 ? ['plain', 'proved', 'versioned'] : ['plain', 'proved'];
const described: Record<Kind, string> = {
  proved: 'imported site, proved against the originals',
  plain: 'same entries without provenance',
  versioned: `same site with a second version of ${versionCount} reports`,
};
for (let round = 1; round <= rounds; round++) {
  for (const kind of round % 2 ? kinds : [...kinds].reverse()) {
    process.stderr.write(`round ${round}: building the ${described[kind]}…\n`);
    const out = join(work, `dist-${kind}`);
    rmSync(out, { recursive: true, force: true });
    rmSync(join(work, `cache-${kind}`), { recursive: true, force: true });
    const built = await measure(process.execPath, [astro, 'build', '--outDir', out], {
      cwd: root,
      env: { ...env, CONTENT_DIR: join(work, kind, 'articles'), ASTRO_CACHE_DIR: join(work, `cache-${kind}`) },
    });
    if (built.code !== 0) throw new Error(built.output.slice(-3000));
    builds[kind].push(built);
  }
}
rmSync(work, { recursive: true, force: true });

const plainSeconds = median(builds.plain.map((m) => m.seconds));
const provedSeconds = median(builds.proved.map((m) => m.seconds));
const rows = [
  [`import ${count} scraped reports`, imported.seconds.toFixed(1), imported.peakMiB.toFixed(0), ''],
  [
    `build, each page against its Markdown (median of ${rounds})`,
    plainSeconds.toFixed(1),
    median(builds.plain.map((m) => m.peakMiB)).toFixed(0),
    '1.00x',
  ],
  [
    `build, each page against its original (median of ${rounds})`,
    provedSeconds.toFixed(1),
    median(builds.proved.map((m) => m.peakMiB)).toFixed(0),
    `${(provedSeconds / plainSeconds).toFixed(2)}x`,
  ],
];
if (versionCount > 0) {
  const versionedSeconds = median(builds.versioned.map((m) => m.seconds));
  rows.push([
    `build with a second version of ${versionCount} reports (median of ${rounds})`,
    versionedSeconds.toFixed(1),
    median(builds.versioned.map((m) => m.peakMiB)).toFixed(0),
    `${(versionedSeconds / plainSeconds).toFixed(2)}x`,
  ]);
  console.log(
    `versions cost ${(versionedSeconds / provedSeconds).toFixed(3)}x the build with one version each (target: at most 1.10x); rounds, s: ${builds.versioned.map((m) => m.seconds.toFixed(1)).join(', ')}`,
  );
}
console.log(markdownTable(['run', 'wall s', 'peak MiB', 'vs build against Markdown'], rows));
console.log(
  `\nrounds, s: against Markdown ${builds.plain.map((m) => m.seconds.toFixed(1)).join(', ')}; against originals ${builds.proved.map((m) => m.seconds.toFixed(1)).join(', ')}`,
);
