/**
 * `npm run bench:build [-- --sizes 1000,10000,50000] [--browse 10000] [--rounds 3]`: builds N
 * generated articles with this site (full pipeline: sanitising, typography, pages, verifier) and,
 * in the same run, with a bare Astro 7 project at its defaults (no layout, no plugins), then prints
 * a table. Then what browsing costs: `--browse` articles spread over 200 sources and 500 topics,
 * dated over ten years, built with every page to browse by, the feeds (SITE_URL set) and the
 * search index, and without them (`scripts/astro-variant.config.ts` with `VARIANT_BROWSE=off`), alternately, `--rounds`
 * times each; medians and their ratio. `--browse 0` skips it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateArticles } from '../tests/helpers/generate.ts';
import { benchArgs } from './harness/args.ts';
import { measure, type Measured } from './harness/measure.ts';
import { markdownTable, median } from './harness/table.ts';

const { values } = benchArgs('usage: npm run bench:build -- [--sizes 1000,10000] [--browse 10000] [--rounds 3] [--work DIR]', {
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    browse: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
    work: { type: 'string' },
  },
});
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const root = resolve(import.meta.dirname, '..');
const work = resolve(values.work ?? join(root, 'bench/.work'));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

function bareProject(dir: string, content: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
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

interface Row {
  articles: number;
  name: string;
  result: Measured;
}
const rows: Row[] = [];

for (const size of sizes) {
  const dir = join(work, String(size));
  rmSync(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  generateArticles(content, size);
  process.stderr.write(`${size} articles generated; building bare Astro…\n`);

  const bare = join(dir, 'bare');
  bareProject(bare, content);
  const bareResult = await measure(process.execPath, [astro, 'build'], { cwd: bare, env });
  if (bareResult.code !== 0) throw new Error(`bare build failed:\n${bareResult.output.slice(-3000)}`);
  rows.push({ articles: size, name: 'bare Astro 7 (defaults)', result: bareResult });

  process.stderr.write(`building this site…\n`);
  const site = await measure(process.execPath, [join(root, 'scripts/build.ts'), '--out', join(dir, 'dist')], {
    cwd: root,
    env: { ...env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(dir, 'cache') },
  });
  if (site.code !== 0) throw new Error(`site build failed:\n${site.output.slice(-3000)}`);
  rows.push({ articles: size, name: 'this site (full pipeline + verifier)', result: site });

  // One article changed, the content layer's cache kept: what a rebuild costs.
  const changed = join(content, '000', 'article-000001.md');
  writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nA paragraph added for the rebuild.\n`);
  process.stderr.write(`rebuilding after one change…\n`);
  const rebuild = await measure(process.execPath, [join(root, 'scripts/build.ts'), '--out', join(dir, 'dist')], {
    cwd: root,
    env: { ...env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(dir, 'cache') },
  });
  if (rebuild.code !== 0) throw new Error(`rebuild failed:\n${rebuild.output.slice(-3000)}`);
  rows.push({ articles: size, name: 'this site, rebuild after 1 change', result: rebuild });
  rmSync(dir, { recursive: true, force: true });
}

const header = ['articles', 'pipeline', 'wall s', 'ms/article', 'peak MiB', 'time vs bare', 'memory vs bare'];
const lines = rows.map(({ articles, name, result }) => {
  const bare = rows.find((row) => row.articles === articles && row.name.startsWith('bare'))!.result;
  return [
    String(articles),
    name,
    result.seconds.toFixed(1),
    ((result.seconds * 1000) / articles).toFixed(2),
    result.peakMiB.toFixed(0),
    `${(result.seconds / bare.seconds).toFixed(2)}x`,
    `${(result.peakMiB / bare.peakMiB).toFixed(2)}x`,
  ];
});
console.log(markdownTable(header, lines));
const siteRows = rows.filter((row) => row.name.startsWith('this site (full'));
for (const row of siteRows.slice(1)) {
  const first = siteRows[0]!;
  console.log(
    `scaling ${first.articles} -> ${row.articles} articles: ${(row.result.seconds / first.result.seconds).toFixed(2)}x the time for ${(row.articles / first.articles).toFixed(0)}x the articles`,
  );
}

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
