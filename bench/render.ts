/**
 * `npm run bench:render [-- --articles 1000 --rounds 7 --baseline DIR]`: what rendering one
 * article costs on one thread, with the site's whole pipeline and its captures, on generated
 * articles: this checkout with captures and without, and (with `--baseline`, a checkout of an
 * earlier commit with its own node_modules) the baseline's, rounds alternating; then a walk over
 * each article's tree with unist-util-visit and with `src/text/tree.ts`. Prints the best and the
 * median round as µs an article, and ratios to the first row. The full build's cost is
 * `bench:compare`; this one isolates the render, which the build runs ten thousand times.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { visit } from 'unist-util-visit';
import { sourceTree } from '../src/markdown/source.ts';
import { walk } from '../src/text/tree.ts';
import { generateArticles } from '../tests/helpers/generate.ts';
import { benchArgs } from './harness/args.ts';
import { markdownTable, median } from './harness/table.ts';

const { values } = benchArgs('usage: npm run bench:render -- [--articles 1000] [--rounds 7] [--baseline DIR]', {
  options: {
    articles: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '7' },
    baseline: { type: 'string' },
  },
});
const count = Math.max(1, Number(values.articles));
const rounds = Math.max(1, Number(values.rounds));
const work = mkdtempSync(join(tmpdir(), 'bench-render-'));
generateArticles(work, count);
const files = (readdirSync(work, { recursive: true }) as string[]).filter((file) => file.endsWith('.md')).map((file) => join(work, file));
const articles = files.map((file) => ({ file, ...parseFrontmatter(readFileSync(file, 'utf8')) }));

interface Renderer {
  render(content: string, options: { frontmatter: Record<string, unknown>; fileURL: URL }): Promise<unknown>;
}

/** A checkout's renderer, made as its render threads make theirs, and its hand-over of captures. */
async function rendererOf(root: string, capture: boolean): Promise<{ renderer: Renderer; take: (path: string) => unknown }> {
  const { siteMarkdownProcessor } = (await import(join(root, 'src/markdown/pipeline.ts'))) as {
    siteMarkdownProcessor: (options: object) => { createRenderer(shared: object): Promise<Renderer> };
  };
  const { takeCaptured } = (await import(join(root, 'src/markdown/capture/store.ts'))) as { takeCaptured: (path: string) => unknown };
  const site = { site: undefined, base: '/', publicDir: join(root, 'public') };
  const renderer = await siteMarkdownProcessor({ ...site, ...(capture ? { capture: { source: true } } : {}) }).createRenderer({});
  return { renderer, take: takeCaptured };
}

const here = resolve(import.meta.dirname, '..');
const contenders: Array<{ name: string; root: string; capture: boolean }> = [
  ...(values.baseline ? [{ name: 'baseline: render with captures', root: resolve(values.baseline), capture: true }] : []),
  { name: 'this checkout: render with captures', root: here, capture: true },
  { name: 'this checkout: render without captures', root: here, capture: false },
];
const made = await Promise.all(contenders.map((contender) => rendererOf(contender.root, contender.capture)));
const times = contenders.map(() => [] as number[]);

for (let round = 0; round < rounds; round++) {
  process.stderr.write(`round ${round + 1} of ${rounds}…\n`);
  // Each round in a different order, so that none always runs on a warmer heap.
  const order = contenders.map((_, i) => (i + round) % contenders.length);
  for (const i of order) {
    const { renderer, take } = made[i]!;
    const start = performance.now();
    for (const { file, content, frontmatter } of articles) {
      await renderer.render(content, { frontmatter: { lang: 'en', ...frontmatter }, fileURL: pathToFileURL(file) });
      take(file);
    }
    times[i]!.push(((performance.now() - start) * 1000) / articles.length);
  }
}

// The tree walk, alone: every node of each article's source tree, both ways.
const trees = await Promise.all(articles.map(({ content }) => sourceTree(content)));
const walks = { 'unist-util-visit': [] as number[], 'src/text/tree.ts walk': [] as number[] };
for (let round = 0; round < rounds; round++) {
  let start = performance.now();
  let nodes = 0;
  for (const tree of trees) visit(tree, () => void nodes++);
  walks['unist-util-visit'].push(((performance.now() - start) * 1000) / trees.length);
  start = performance.now();
  for (const tree of trees) walk(tree, () => void nodes--);
  walks['src/text/tree.ts walk'].push(((performance.now() - start) * 1000) / trees.length);
}
rmSync(work, { recursive: true, force: true });

const row = (name: string, list: number[], of: number) => [
  name,
  Math.min(...list).toFixed(1),
  median(list).toFixed(1),
  `${(Math.min(...list) / of).toFixed(3)}x`,
];
const first = Math.min(...times[0]!);
console.log(`\n${articles.length} generated articles, ${rounds} rounds, one thread\n`);
console.log(
  markdownTable(
    ['render (all plugins, captures handed over)', 'best µs/article', 'median µs/article', 'best vs first row'],
    contenders.map((contender, i) => row(contender.name, times[i]!, first)),
  ),
);
const visitBest = Math.min(...walks['unist-util-visit']);
console.log(
  `\n${markdownTable(
    ["a walk over every node of an article's tree", 'best µs/article', 'median µs/article', 'best vs first row'],
    Object.entries(walks).map(([name, list]) => row(name, list, visitBest)),
  )}`,
);
