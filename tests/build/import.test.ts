/**
 * From the original report to the page: originals imported with the importer, built the way a
 * user builds, each page proved against its original; a changed original or an edited entry
 * fails the build, naming the article.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlePageFile, pageMarkers } from '../../src/contract.ts';
import { bodyFacts } from '../../src/import/imported.ts';
import { readScrapedText } from '../../src/import/readers/scraped-text.ts';
import { planImport, writePlan } from '../../src/import/plan.ts';
import { normalizeTypography } from '../../src/text/normalize.ts';
import { verifySite, type SiteReport } from '../../src/verifier/index.ts';
import { buildSite, root, type Built } from '../helpers/build.ts';
import { archiveBytes, chunked, newsPage, type ArchivedResource } from '../helpers/archives.ts';
import { readInput } from '../../src/import/files.ts';
import { readOriginal } from '../../src/import/readers/index.ts';

const originals = {
  seed: join(root, 'tests/fixtures/seed/000_7324fdaa959f27c2.txt'),
  sentences: join(root, 'tests/fixtures/import/literal-sentences.txt'),
};
const ids = { seed: 'us-led-coalition-airstrikes-kill-20-more-civilians-in-syria', sentences: 'court-papers-show-what-the-scraper-kept' };

/** A project-like folder with the originals (and any `more`) imported into content/articles. */
async function importedContent(more: string[] = []): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'imported-site-'));
  writePlan(await planImport([...Object.values(originals), ...more], { cwd: dir, out: 'content/articles' }));
  return dir;
}

const feeds = join(root, 'tests/fixtures/import/feeds');

/** A web archive of two saved pages (one naming no site), gzipped record by record, in a folder of its own. */
async function crawl(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'crawl-')), 'crawl.warc.gz');
  const pages = [
    {
      url: 'https://ridgeline.example/news/quarry',
      title: 'Quarry expansion approved',
      site: 'Ridgeline Courier',
      author: 'Jo Park',
      text: [
        'The council approved the quarry expansion on Monday, the mayor said.',
        '“It brings jobs,” council member Ivan Petrov told the Courier.',
      ],
    },
    { url: 'https://hillside.example/road', title: 'Hill road closed', text: ['The hill road is closed for a week, the county said.'] },
  ];
  const resources: ArchivedResource[] = pages.map(({ url, text, ...page }) => ({ url, body: newsPage({ ...page, paragraphs: text }) }));
  // A page as browsers receive it and crawlers keep it: compressed, sent in chunks.
  const library = newsPage({
    title: 'Library hours extended',
    site: 'Ridgeline Courier',
    paragraphs: ['The library will open on Sundays from May, the council said.'],
  });
  resources.push(
    {
      url: 'https://ridgeline.example/news/library',
      body: chunked(gzipSync(library)),
      headers: { 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' },
    },
    { url: 'https://ridgeline.example/logo.png', body: new Uint8Array([137, 80, 78, 71]), contentType: 'image/png' },
  );
  writeFileSync(path, await archiveBytes(resources, { gzip: true }));
  return path;
}

function bodyParagraphs(html: string): string[] {
  return selectAll(`[${pageMarkers.body}] p`, fromHtml(html)).map((p) => normalizeTypography(toText(p)));
}

const pages = join(root, 'tests/fixtures/import/web-pages');
let plan: Awaited<ReturnType<typeof planImport>>;
let archive: string;
let dir: string;
let built: Built;

// One site for the two describes below: scraped reports, and saved pages, feeds, wire stories
// and an archive, imported in one command.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'imported-site-'));
  archive = await crawl();
  plan = await planImport([...Object.values(originals), pages, feeds, archive], { cwd: dir, out: 'content/articles' });
  writePlan(plan);
  built = buildSite({ content: join(dir, 'content/articles'), env: { SITE_URL: 'https://example.org' } });
});

describe('imported originals, built', () => {
  it('pass the fidelity check against their originals', () => {
    expect(built.status, built.output).toBe(0);
    const report = JSON.parse(readFileSync(join(built.out, 'fidelity.json'), 'utf8')) as SiteReport;
    const reports = report.articles.filter((article) => [ids.seed, ids.sentences].includes(article.id));
    expect(reports.every((article) => article.ok)).toBe(true);
    expect(reports.map((article) => article.original?.path).sort()).toEqual([
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
  it('fails the build, naming each article and what differs: a report, an entry, a feed item, a wire story, an archive record', async () => {
    const dir = await importedContent([feeds, await crawl()]);
    // Built once before, so that the build keeps each article's check: none may stand now.
    const cache = join(dir, 'cache');
    const before = buildSite({ content: join(dir, 'content/articles'), cache });
    expect(before.status, before.output).toBe(0);
    const seedOriginal = join(dir, `content/originals/${ids.seed}.txt`);
    writeFileSync(seedOriginal, readFileSync(seedOriginal, 'utf8').replace('Twenty civilians', 'Thirty civilians'));
    const entry = join(dir, `content/articles/${ids.sentences}.md`);
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('the prosecutor said', 'the judge said'));
    // Each item's own original, altered where it is kept.
    const alter = (original: string, from: string, to: string) => {
      const path = join(dir, 'content/originals', original);
      writeFileSync(path, readFileSync(path, 'latin1').replace(from, to), 'latin1');
    };
    alter('port-reopens-after-the-storm.rss', 'but slowly', 'and quickly');
    alter('rail-strike-called-off.json', 'called off', 'went ahead with');
    alter('quarry-expansion-approved.warc', 'the mayor said', 'the mayor denied');
    // An entry that names another item of its feed than the one its original holds.
    const bridge = join(dir, 'content/articles/old-bridge-reopens-to-cars.md');
    writeFileSync(
      bridge,
      readFileSync(bridge, 'utf8').replace(/\n {2}id: urn:uuid:\S+\n/, '\n  id: urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a\n'),
    );
    const result = buildSite({ content: join(dir, 'content/articles'), cache });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Fidelity check failed');
    for (const changed of [ids.seed, 'port-reopens-after-the-storm', 'rail-strike-called-off', 'quarry-expansion-approved'])
      expect(result.output).toMatch(
        new RegExp(`\\[original\\] \\S*content/articles/${changed}\\.md: the original changed since it was imported`),
      );
    expect(result.output).toMatch(
      new RegExp(`\\[original\\] \\S*content/articles/${ids.sentences}\\.md: the entry was edited beyond its clean-up log`),
    );
    expect(result.output).toMatch(
      /\[original\] \S*content\/articles\/old-bridge-reopens-to-cars\.md: original\.id: \S+ holds another item than the entry records/,
    );
    expect(result.output).toMatch(new RegExp(`✗ ${ids.seed}: credit ok, 1/1 quotes ok`));
    cpSync(originals.seed, seedOriginal);
  });
});

describe('saved web pages of several sites, feeds, wire stories and a web archive, imported in one command without flags', () => {
  const id = { harbour: 'dam-gates-open-after-a-week-of-rain', valley: 'bridge-reopens-to-traffic', courrier: 'la-fusée-a-décollé' };
  const page = (name: keyof typeof id) => fromHtml(readFileSync(join(built.out, articlePageFile(id[name])), 'utf8'));

  it('build, each page proved against its saved page or its item', () => {
    expect(plan.skipped).toEqual([]);
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain('fidelity: 16/16 articles pass');
  });

  it('show each feed item, wire story and archived page with its item’s text, credit and byline', async () => {
    const files = [
      ...['harbour-wire.rss', 'valley-post.atom', 'le-courrier.json', 'example-press.json'].map((name) => join(feeds, name)),
      archive,
    ];
    let seen = 0;
    for (const file of files) {
      const format = file.endsWith('.warc.gz') ? 'warc' : file.endsWith('example-press.json') ? 'ninjs' : 'feed';
      for await (const item of readInput(format, file, () => readFileSync(file), file).items) {
        const planned = plan.articles.find((article) => article.input.endsWith(`${file.split('/').pop()} ${item.label}`));
        const html = readFileSync(join(built.out, articlePageFile(planned!.entry.split('/').pop()!.slice(0, -3))), 'utf8');
        // The item as its own original reads (an item read on a thread arrives as Markdown only).
        const own = Buffer.from(item.original);
        const { article } = await readOriginal(format, own, file);
        expect(article.title).toBe(item.article!.title);
        expect(bodyParagraphs(html).join('\n')).toBe(bodyFacts(article, 'en').blocks.map(normalizeTypography).join('\n'));
        const header = toText(select('article header', fromHtml(html))!);
        expect(header).toContain(article.source.name);
        if (article.byline) expect(header).toContain(article.byline);
        seen++;
      }
    }
    expect(seen).toBe(11);
  });

  it('keep a compressed archived page’s record byte for byte to download, and show its page decoded', () => {
    const kept = readFileSync(join(dir, 'content/originals/library-hours-extended.warc'));
    expect(kept.includes(Buffer.from([0x1f, 0x8b]))).toBe(true);
    expect(readFileSync(join(built.out, 'originals/library-hours-extended/library-hours-extended.warc'))).toEqual(kept);
    const shown = toText(select('pre', fromHtml(readFileSync(join(built.out, 'originals/library-hours-extended/index.html'), 'utf8')))!);
    expect(shown).toMatch(
      /^WARC\/1\.1\nWARC-Record-ID: [^]*Content-Encoding: gzip\n[^]*<p>The library will open on Sundays from May, the council said\.<\/p>/,
    );
  });

  it('fail an article whose feed item credits another source, naming the feed', async () => {
    expect((await verifySite({ contentDir: join(dir, 'content/articles'), distDir: built.out })).ok).toBe(true);
    const damaged = join(mkdtempSync(join(tmpdir(), 'damaged-feed-')), 'dist');
    cpSync(built.out, damaged, { recursive: true });
    const feed = join(damaged, 'sources/harbour-wire/feed.xml');
    const credit = 'port-reopens&quot;&gt;Harbour Wire&lt;/a&gt;';
    expect(readFileSync(feed, 'utf8')).toContain(credit);
    writeFileSync(feed, readFileSync(feed, 'utf8').replace(credit, 'port-reopens&quot;&gt;Valley Post&lt;/a&gt;'));
    const report = await verifySite({ contentDir: join(dir, 'content/articles'), distDir: damaged });
    expect(report.articles.filter((article) => !article.ok).map(({ id, failures }) => ({ id, failures }))).toEqual([
      {
        id: 'port-reopens-after-the-storm',
        failures: [
          {
            check: 'credit',
            message: expect.stringMatching(
              /sources\/harbour-wire\/feed\.xml: its item for this article does not credit the source as the page does$/,
            ) as string,
            expected: 'Source: Harbour Wire (https://harbourwire.example/2026/04/port-reopens)',
            found: 'Source: Valley Post (https://harbourwire.example/2026/04/port-reopens)',
          },
        ],
      },
    ]);
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
    const creators = feed.match(/<dc:creator>[^<]*<\/dc:creator>/g)?.map((tag) => tag.slice(12, -13));
    expect(creators?.sort()).toEqual(
      [
        'Ana Ruiz and Tom Lee',
        'Anne Martin',
        'Mia Chen',
        'Ana Ruiz',
        'Tom Lee',
        'Mia Chen and Omar Haddad',
        'Valley Post newsroom',
        'Anne Martin',
        'Sara Novak',
        'Jo Park',
      ].sort(),
    );
  });
});
