/**
 * `npm run bench:build [-- --sizes 1000,10000] [--shapes seed,varied] [--rounds 1] [--browse 10000]`:
 * the site as it ships (every page to browse by, the feeds with SITE_URL set, the search index,
 * the proof, imported originals) against a bare Astro 7 project (no layout, no plugins) on the
 * same Markdown, in one run. Two shapes of archive: `seed`, reports in the seed's shape imported
 * (one source, no topics, no dates, each proved against its original), and `varied`, the four
 * templates of `generateArticles` spread over 200 sources, 500 topics and ten years. For each, a
 * bare build, a full build of the site, and a rebuild after adding one article (the cache kept);
 * `--rounds` times, alternating, medians printed: wall time, processor time, peak memory and the
 * phases each logs (content sync, page generation, and after the pages the fidelity check's end
 * and the search index's). Then what browsing costs: `--browse` articles spread as above, built
 * with every page to browse by, the feeds and the search index, and without them
 * (`scripts/astro-variant.config.ts` with `VARIANT_BROWSE=off`), alternately; `--browse 0` skips it.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { planImport, writePlan } from '../src/import/plan.ts';
import { generateArticles, generatedArticle, generateOriginals } from '../tests/helpers/generate.ts';
import { benchArgs } from './harness/args.ts';
import { measure, type Mark, type Measured } from './harness/measure.ts';
import { markdownTable, median } from './harness/table.ts';

const { values } = benchArgs(
  'usage: npm run bench:build -- [--sizes 1000,10000] [--shapes seed,varied] [--rounds 1] [--browse 10000] [--work DIR]',
  {
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      shapes: { type: 'string', default: 'seed,varied' },
      browse: { type: 'string', default: '10000' },
      rounds: { type: 'string', default: '1' },
      work: { type: 'string' },
    },
  },
);
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const shapes = values.shapes.split(',').filter(Boolean);
const unknown = shapes.find((shape) => shape !== 'seed' && shape !== 'varied');
if (unknown) throw new Error(`--shapes: "${unknown}" is neither seed nor varied`);
const rounds = Math.max(1, Number(values.rounds));
const root = resolve(import.meta.dirname, '..');
const work = resolve(values.work ?? join(root, 'bench/.work'));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

function bareProject(dir: string, content: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  // Its Astro is this project's, wherever the work folder is (a RAM disk).
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(content)} }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<Content />\n`,
  );
}

const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
for (const name of ['SITE_URL', 'BASE_PATH', 'CONTENT_DIR']) delete env[name];

/** The phases a build logs, each by the line that ends it (Astro's own, and this site's integrations'). */
const marks: Mark[] = [
  { name: 'sync', line: /\[content\] Synced content/ },
  { name: 'pagesStart', line: /generating static routes/ },
  { name: 'pages', line: /✓ Completed in/, after: 'pagesStart' },
  { name: 'check', line: /\[fidelity-verifier\] fidelity:/ },
  { name: 'search', line: /\[search-index\] search:/ },
];

/** Writes `size` articles of `shape` under `dir`: the content folder to build, and how to add one more. */
async function content(dir: string, shape: string, size: number): Promise<{ articles: string; addOne: () => Promise<void> }> {
  if (shape === 'varied') {
    const articles = join(dir, 'content');
    const spread = { sources: 200, topics: 500, years: 10 };
    generateArticles(articles, size, spread);
    return {
      articles,
      addOne: async () => writeFileSync(join(articles, 'one-more.md'), generatedArticle(size, spread)),
    };
  }
  const raw = join(dir, 'raw');
  generateOriginals(raw, size + 1);
  const project = join(dir, 'project');
  const options = { cwd: project, out: 'content/articles', now: new Date('2026-01-01T00:00:00Z') };
  const last = join(raw, String(Math.floor(size / 1000)).padStart(3, '0'), `report-${String(size).padStart(6, '0')}.txt`);
  const aside = join(dir, 'later.txt');
  writeFileSync(aside, readFileSync(last));
  rmSync(last);
  writePlan(await planImport([raw], options));
  return { articles: join(project, 'content/articles'), addOne: async () => writePlan(await planImport([aside], options)) };
}

interface Row {
  articles: number;
  shape: string;
  name: string;
  runs: Measured[];
}
const rows: Row[] = [];

for (const size of sizes) {
  for (const shape of shapes) {
    const dir = join(work, `${shape}-${size}`);
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`${size} articles (${shape}): writing them…\n`);
    const { articles, addOne } = await content(dir, shape, size);
    const bare = join(dir, 'bare');
    bareProject(bare, articles);
    const runs = { bare: [] as Measured[], site: [] as Measured[], rebuild: [] as Measured[] };
    for (let round = 0; round < rounds; round++) {
      const cache = join(dir, `cache-${round}`);
      const siteBuild = () =>
        measure(process.execPath, [join(root, 'scripts/build.ts'), '--out', join(dir, 'dist')], {
          cwd: root,
          env: { ...env, CONTENT_DIR: articles, ASTRO_CACHE_DIR: cache, SITE_URL: 'https://example.org' },
          marks,
        });
      const order = round % 2 ? (['site', 'bare'] as const) : (['bare', 'site'] as const);
      for (const which of order) {
        process.stderr.write(`${size} articles (${shape}), round ${round + 1}: ${which === 'bare' ? 'bare Astro' : 'this site'}…\n`);
        // A full build of the site starts from no cache.
        if (which === 'site') rmSync(cache, { recursive: true, force: true });
        const result = which === 'bare' ? await measure(process.execPath, [astro, 'build'], { cwd: bare, env, marks }) : await siteBuild();
        if (result.code !== 0) throw new Error(`${which} build failed:\n${result.output.slice(-3000)}`);
        runs[which].push(result);
      }
      // One article added, the content layer's cache kept: what publishing the next report costs.
      if (round === 0) await addOne();
      process.stderr.write(`${size} articles (${shape}), round ${round + 1}: rebuild after adding one…\n`);
      const rebuilt = await siteBuild();
      if (rebuilt.code !== 0) throw new Error(`rebuild failed:\n${rebuilt.output.slice(-3000)}`);
      runs.rebuild.push(rebuilt);
    }
    rows.push(
      { articles: size, shape, name: 'bare Astro 7 (defaults)', runs: runs.bare },
      { articles: size, shape, name: 'this site, as it ships', runs: runs.site },
      { articles: size, shape, name: 'this site, rebuild after adding 1', runs: runs.rebuild },
    );
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The median of a figure over a row's runs; a phase as seconds from the mark it follows. */
const of = (runs: Measured[], figure: (run: Measured) => number | undefined) => {
  const known = runs.map(figure).filter((value): value is number => value !== undefined && Number.isFinite(value));
  return known.length ? median(known) : undefined;
};
const seconds = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(1));
const header = [
  'articles',
  'shape',
  'build',
  'wall s',
  'CPU s',
  'peak MiB',
  'sync s',
  'pages s',
  'check end s',
  'search end s',
  'wall vs bare',
  'memory vs bare',
];
const lines = rows.map(({ articles, shape, name, runs }) => {
  const bare = rows.find((row) => row.articles === articles && row.shape === shape && row.name.startsWith('bare'))!.runs;
  const wall = of(runs, (run) => run.seconds)!;
  const peak = of(runs, (run) => run.peakMiB)!;
  return [
    String(articles),
    shape,
    name,
    wall.toFixed(1),
    seconds(of(runs, (run) => run.cpuSeconds)),
    peak.toFixed(0),
    seconds(of(runs, (run) => run.marks.sync)),
    seconds(of(runs, (run) => (run.marks.pages ?? NaN) - (run.marks.pagesStart ?? NaN))),
    seconds(of(runs, (run) => (run.marks.check ?? NaN) - (run.marks.pages ?? NaN))),
    seconds(of(runs, (run) => (run.marks.search ?? NaN) - (run.marks.pages ?? NaN))),
    `${(wall / of(bare, (run) => run.seconds)!).toFixed(2)}x`,
    `${(peak / of(bare, (run) => run.peakMiB)!).toFixed(2)}x`,
  ];
});
console.log(markdownTable(header, lines));
console.log(
  `medians of ${rounds} round(s), bare and site alternating; "check end" and "search end": seconds after the last page was written. Targets: the site within 2.0x the bare build's wall time and 1.5x its memory; a rebuild after adding one within 1.0x a bare full build.`,
);

const browseSize = Number(values.browse);
if (browseSize > 0) {
  const dir = join(work, 'browse');
  rmSync(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  generateArticles(content, browseSize, { sources: 200, topics: 500, years: 10 });
  // Relative to the project: Astro looks a --config path up from its root.
  const builds = {
    'with browsing (sources, topics, archive, search, feeds)': undefined,
    'without them': 'scripts/astro-variant.config.ts',
  };
  const times = new Map<string, Measured[]>(Object.keys(builds).map((name) => [name, []]));
  for (let round = 0; round < Number(values.rounds); round++) {
    const order = Object.entries(builds);
    if (round % 2) order.reverse();
    for (const [name, config] of order) {
      process.stderr.write(`${browseSize} articles over 200 sources and 500 topics: ${name}, round ${round + 1}…\n`);
      const out = join(dir, 'dist');
      const result = await measure(
        process.execPath,
        [join(root, 'scripts/build.ts'), '--out', out, ...(config ? ['--config', config] : [])],
        {
          cwd: root,
          env: {
            ...env,
            ...(config ? { VARIANT_BROWSE: 'off' } : {}),
            CONTENT_DIR: content,
            SITE_URL: 'https://example.org',
            ASTRO_CACHE_DIR: join(dir, `cache-${round}-${config ? 'off' : 'on'}`),
          },
        },
      );
      if (result.code !== 0) throw new Error(`${name} build failed:\n${result.output.slice(-3000)}`);
      times.get(name)!.push(result);
    }
  }
  const [withBrowse, without] = [...times.values()].map((results) => ({
    seconds: median(results.map((r) => r.seconds)),
    peak: median(results.map((r) => r.peakMiB)),
    rounds: results.map((r) => r.seconds.toFixed(1)).join(', '),
  }));
  console.log(`\n${browseSize} articles, 200 sources, 500 topics, ten years (medians of ${values.rounds} alternating rounds):\n`);
  console.log(
    markdownTable(
      ['build', 'wall s', 'peak MiB', 'rounds, s'],
      [...times.keys()].map((name, i) => {
        const row = i === 0 ? withBrowse! : without!;
        return [name, row.seconds.toFixed(1), row.peak.toFixed(0), row.rounds];
      }),
    ),
  );
  console.log(
    `browsing costs ${(withBrowse!.seconds / without!.seconds).toFixed(3)}x the time, ${(withBrowse!.peak / without!.peak).toFixed(3)}x the memory (target: at most 1.25x the time)`,
  );
  rmSync(dir, { recursive: true, force: true });
}
