/**
 * From the original report to the page: originals imported with the importer, built the way a
 * user builds, each page proved against its original; a changed original or an edited entry
 * fails the build, naming the article.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlePageFile, pageMarkers } from '../../src/contract.ts';
import { bodyFacts } from '../../src/import/imported.ts';
import { readScrapedText } from '../../src/import/readers/scraped-text.ts';
import { planImport, writePlan } from '../../src/import/plan.ts';
import { normalizeTypography } from '../../src/text/normalize.ts';
import type { SiteReport } from '../../src/verifier/index.ts';
import { buildSite, root, type Built } from '../helpers/build.ts';

const originals = {
  seed: join(root, 'tests/fixtures/seed/000_7324fdaa959f27c2.txt'),
  sentences: join(root, 'tests/fixtures/import/literal-sentences.txt'),
};
const ids = { seed: 'us-led-coalition-airstrikes-kill-20-more-civilians-in-syria', sentences: 'court-papers-show-what-the-scraper-kept' };

/** A project-like folder with the originals imported into content/articles. */
function importedContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'imported-site-'));
  writePlan(planImport(Object.values(originals), { cwd: dir, out: 'content/articles' }));
  return dir;
}

function bodyParagraphs(html: string): string[] {
  return selectAll(`[${pageMarkers.body}] p`, fromHtml(html)).map((p) => normalizeTypography(toText(p)));
}

describe('imported originals, built', () => {
  let dir: string;
  let built: Built;
  beforeAll(() => {
    dir = importedContent();
    built = buildSite({ content: join(dir, 'content/articles') });
  });

  it('pass the fidelity check against their originals', () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain('fidelity: 2/2 articles pass');
    const report = JSON.parse(readFileSync(join(built.out, 'fidelity.json'), 'utf8')) as SiteReport;
    expect(report.articles.map((article) => article.original?.path).sort()).toEqual([
      `../originals/${ids.sentences}.txt`,
      `../originals/${ids.seed}.txt`,
    ]);
  });

  it('show every paragraph of the original exactly as written, after the logged clean-ups', () => {
    for (const [name, file] of Object.entries(originals)) {
      const article = readScrapedText(readFileSync(file, 'utf8'), file);
      const html = readFileSync(join(built.out, articlePageFile(ids[name as keyof typeof ids])), 'utf8');
      expect(bodyParagraphs(html)).toEqual(bodyFacts(article, 'en').blocks.map(normalizeTypography));
    }
  });
});

describe('an imported article that no longer matches its original', () => {
  it('fails the build, naming each article and what differs', () => {
    const dir = importedContent();
    const seedOriginal = join(dir, `content/originals/${ids.seed}.txt`);
    writeFileSync(seedOriginal, readFileSync(seedOriginal, 'utf8').replace('Twenty civilians', 'Thirty civilians'));
    const entry = join(dir, `content/articles/${ids.sentences}.md`);
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('the prosecutor said', 'the judge said'));
    const result = buildSite({ content: join(dir, 'content/articles') });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Fidelity check failed');
    expect(result.output).toMatch(
      new RegExp(`\\[original\\] \\S*content/articles/${ids.seed}\\.md: the original changed since it was imported`),
    );
    expect(result.output).toMatch(
      new RegExp(`\\[original\\] \\S*content/articles/${ids.sentences}\\.md: the entry was edited beyond its clean-up log`),
    );
    expect(result.output).toMatch(new RegExp(`✗ ${ids.seed}: credit ok, 1/1 quotes ok`));
    cpSync(originals.seed, seedOriginal);
  });
});

describe('saved web pages of several sites, imported in one command without flags', () => {
  const pages = join(root, 'tests/fixtures/import/web-pages');
  const id = { harbour: 'dam-gates-open-after-a-week-of-rain', valley: 'bridge-reopens-to-traffic', courrier: 'la-fusée-a-décollé' };
  let plan: ReturnType<typeof planImport>;
  let built: Built;
  const page = (name: keyof typeof id) => fromHtml(readFileSync(join(built.out, articlePageFile(id[name])), 'utf8'));
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'web-pages-'));
    plan = planImport([pages], { cwd: dir, out: 'content/articles' });
    writePlan(plan);
    built = buildSite({ content: join(dir, 'content/articles'), env: { SITE_URL: 'https://example.org' } });
  });

  it('build, each page proved against its saved page', () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain('fidelity: 3/3 articles pass');
  });

  it('credit a page that names no site to the host of its address, and say so', () => {
    const valley = plan.articles.find((article) => article.entry.endsWith(`${id.valley}.md`));
    expect(valley?.notes).toEqual(['credited to valleypost.example, the host of its address: the page names no site']);
    expect(toText(select(`[${pageMarkers.credit}]`, page('valley'))!)).toContain('valleypost.example');
  });

  it('show headlines without the site’s name, and no stray backslash where a <br> ended a paragraph', () => {
    expect(Object.keys(id).map((name) => toText(select('article header h1', page(name as keyof typeof id))!))).toEqual([
      'Dam gates open after a week of rain',
      'Bridge reopens to traffic',
      'La fusée a décollé',
    ]);
    for (const name of ['harbour', 'valley'] as const) {
      const body = toText(select(`[${pageMarkers.body}]`, page(name))!);
      expect(body).not.toContain('\\');
      expect(body).toMatch(name === 'harbour' ? /highest level in a decade\.\s+“We are/ : /cracked its central arch\.\s+“It is/);
    }
  });

  it('carry each byline to the page, its JSON-LD author and the feed, and not into the text', () => {
    expect(Object.keys(id).map((name) => toText(select('article header .byline', page(name as keyof typeof id))!))).toEqual([
      'Ana Ruiz and Tom Lee',
      'Mia Chen',
      'Par Anne Martin',
    ]);
    const data = JSON.parse(toText(select('script[type="application/ld+json"]', page('courrier'))!)) as Record<string, unknown>;
    expect(data.author).toEqual({ '@type': 'Person', name: 'Anne Martin' });
    expect(toText(select(`[${pageMarkers.body}]`, page('courrier'))!)).not.toContain('Par Anne Martin');
    const feed = readFileSync(join(built.out, 'feed.xml'), 'utf8');
    expect(feed.match(/<dc:creator>[^<]*<\/dc:creator>/g)?.sort()).toEqual([
      '<dc:creator>Ana Ruiz and Tom Lee</dc:creator>',
      '<dc:creator>Anne Martin</dc:creator>',
      '<dc:creator>Mia Chen</dc:creator>',
    ]);
  });
});
