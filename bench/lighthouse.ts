/**
 * `npm run bench:lighthouse`: Lighthouse 13 (mobile settings) against Debian's Chromium on the
 * built pages of every type (article, index, sources, topics, archive, search, checks, an
 * imported article's originals and a changed report's changes), served from loopback. Prints each
 * category's score and the page's transfer size. Builds the fixture articles, with the seed
 * imported and then imported again changed, unless given a built folder.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromePath } from '../tests/helpers/browser.ts';
import { buildSite, fixtures, root } from '../tests/helpers/build.ts';
import { planImport, writePlan } from '../src/import/plan.ts';
import { serve } from '../tests/helpers/serve.ts';
import { benchArgs } from './harness/args.ts';
import { markdownTable } from './harness/table.ts';

const { positionals } = benchArgs(
  'usage: npm run bench:lighthouse -- [DIST]  (DIST: a built site; without it, the fixtures are built first)',
  {
    options: {},
    allowPositionals: true,
  },
);

/** The fixtures, and the seed imported twice: its second copy changed, as a source changes a report. */
async function fixturesWithVersions(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  cpSync(fixtures, join(folder, 'articles'), { recursive: true });
  const report = join(folder, 'report.txt');
  const seed = readFileSync(join(root, 'tests/fixtures/seed/000_7324fdaa959f27c2.txt'), 'utf8');
  for (const [text, day] of [
    [seed, '2024-10-02'],
    [seed.replace('Twenty civilians', 'Twenty-one civilians'), '2024-10-03'],
  ] as const) {
    writeFileSync(report, text);
    writePlan(await planImport([report], { cwd: folder, out: 'articles', now: new Date(`${day}T09:00:00Z`) }));
  }
  return join(folder, 'articles');
}

const dist =
  positionals[0] ??
  (await (async () => {
    const built = buildSite({ content: await fixturesWithVersions() });
    if (built.status !== 0) throw new Error(built.output);
    return built.out;
  })());

const chromePathFound = chromePath();
if (!chromePathFound) throw new Error('No Chromium: apt-get install -y chromium, or set CHROME_PATH');
const server = await serve(dist);
const chrome = await chromeLauncher.launch({
  chromePath: chromePathFound,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
});

const pages = {
  article: '/articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria/',
  'article (Arabic)': '/articles/arabic-rtl/',
  index: '/',
  sources: '/sources/',
  source: '/sources/riverside-gazette/',
  topics: '/topics/',
  topic: '/topics/water/',
  archive: '/archive/',
  'archive month': '/archive/2024/08/',
  search: '/search/',
  checks: '/fidelity/',
  originals: '/originals/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria/',
  changes: '/changes/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria/',
};
const rows: string[][] = [];
try {
  for (const [name, path] of Object.entries(pages)) {
    const result = await lighthouse(`${server.origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`no Lighthouse result for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100));
    const bytes = Number(audits['total-byte-weight']?.numericValue ?? 0);
    rows.push([
      name,
      score('performance'),
      score('accessibility'),
      score('best-practices'),
      score('seo'),
      `${(bytes / 1024).toFixed(1)} KiB`,
    ]);
    for (const [id, audit] of Object.entries(audits)) {
      if (
        audit.score !== null &&
        audit.score < 1 &&
        (audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'metricSavings')
      )
        console.error(`  ${name}: ${id}: ${audit.title}${audit.explanation ? ` (${audit.explanation})` : ''}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const header = ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'transfer'];
console.log(markdownTable(header, rows));
