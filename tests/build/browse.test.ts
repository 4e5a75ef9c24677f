/**
 * A news site people can follow and browse: sources, topics, the archive, feeds and sharing, on
 * a generated site (three sources, one with a profile; five topics; two years; undated articles)
 * built with SITE_URL under a sub-path.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { parseRssFeed } from 'feedsmith';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../helpers/generate.ts';
import { readSourceFacts } from '../../src/markdown/source.ts';
import { analyseSource } from '../../src/verifier/check/analyse.ts';
import { verifyArticle } from '../../src/verifier/check/article.ts';
import { readArticle } from '../../src/verifier/run/article-job.ts';
import { buildSite, type Built } from '../helpers/build.ts';
import { articlePage } from '../helpers/page.ts';
import { htmlPages, read } from '../helpers/site.ts';

let built: Built;
let content: string;
const shown = (node: Parameters<typeof toText>[0]) => toText(node).replace(/\s+/g, ' ').trim();
const page = (file: string) => fromHtml(read(built.out, file));

beforeAll(() => {
  const folder = mkdtempSync(join(tmpdir(), 'reader-browse-'));
  content = join(folder, 'articles');
  generateArticles(content, 130, { sources: 3, topics: 5, years: 2 });
  writeFileSync(
    join(content, 'undated.md'),
    '---\ntitle: An undated report\nsource:\n  name: Source 1\ntags: [Topic 1]\n---\n\nThe ministry said nothing about the date.\n',
  );
  writeFileSync(
    join(content, 'corrected.md'),
    '---\ntitle: A corrected report\nsource:\n  name: Source 0\n  url: https://source0.example/a\nbyline: By Jane Doe\npublished: 2024-12-01\nupdated: 2024-12-03\ntags: [Topic 2, Harbour news]\ncorrections:\n  - date: 2024-12-03\n    text: An earlier version gave the wrong harbour.\n---\n\nThe harbour master said the port "will reopen on Friday".\n',
  );
  mkdirSync(join(folder, 'sources'));
  writeFileSync(
    join(folder, 'sources/source-0.yaml'),
    'name: Source 0\nurl: https://source0.example/\ndescription: A wire agency made up for the tests.\ncountry: Nowhere\nkind: wire agency\n',
  );
  built = buildSite({ content, env: { SITE_URL: 'https://example.org', BASE_PATH: '/news/' } });
  expect(built.status, built.output).toBe(0);
});

describe('sources', () => {
  it('lists every source with its article count, and gives each a page, profile first', () => {
    const items = selectAll('.term-list li', page('sources/index.html')).map(shown);
    expect(items).toEqual(['Source 0 45 articles, wire agency', 'Source 1 44 articles', 'Source 2 43 articles']);
    const first = page('sources/source-0/index.html');
    expect(shown(select('.profile', first)!)).toContain('A wire agency made up for the tests.');
    expect(shown(select('.profile', first)!)).toContain('wire agency · Nowhere');
    expect(selectAll('.article-list li', first)).toHaveLength(45);
    expect(shown(select('.profile', page('sources/source-2/index.html'))!)).toContain('No profile of this source yet');
  });

  it('links an article’s credit to its report, and to the source’s page beside it', () => {
    const tree = page('articles/corrected/index.html');
    expect(select('[data-source-credit] a', tree)?.properties.href).toBe('https://source0.example/a');
    expect(selectAll('.article-header .meta a', tree).map((link) => [shown(link), link.properties.href])).toEqual([
      ['About Source 0', '/news/sources/source-0/'],
    ]);
  });
});

describe('topics and dates', () => {
  it('lists the topics with counts, each with its page', () => {
    const items = selectAll('.term-list li', page('topics/index.html')).map(shown);
    expect(items[0]).toBe('Harbour news 1 article');
    expect(items).toHaveLength(6);
    expect(shown(select('h1', page('topics/harbour-news/index.html'))!)).toBe('Topic: Harbour news');
  });

  it('shows an article’s byline, topics, published and updated dates, and its corrections', () => {
    const tree = page('articles/corrected/index.html');
    expect(shown(select('.byline', tree)!)).toBe('By Jane Doe');
    expect(selectAll('.article-topics a', tree).map((link) => [shown(link), link.properties.href])).toEqual([
      ['Topic 2', '/news/topics/topic-2/'],
      ['Harbour news', '/news/topics/harbour-news/'],
    ]);
    expect(selectAll('.article-header .meta > *', tree).map(shown)).toEqual([
      'Published December 1, 2024',
      'Updated December 3, 2024',
      '1 min read',
      'About Source 0',
    ]);
    expect(selectAll('.article-header time', tree).map((time) => time.properties.dateTime)).toEqual([
      '2024-12-01T00:00:00.000Z',
      '2024-12-03T00:00:00.000Z',
    ]);
    expect(shown(select('.corrections', tree)!)).toBe('Corrections December 3, 2024: An earlier version gave the wrong harbour.');
  });

  it('files every dated article under its month, and the undated under their own heading, never dated', () => {
    const archive = page('archive/index.html');
    const months = selectAll('.archive-year li', archive).map(shown);
    const total = months.reduce((sum, month) => sum + Number(month.split(' ').at(-1)), 0);
    expect(total).toBe(131);
    expect(shown(select('#undated', archive)!)).toBe('Undated');
    const undated = page('archive/undated/index.html');
    expect(selectAll('.article-list li', undated).map((item) => shown(select('h2', item)!))).toEqual(['An undated report']);
    expect(select('.article-list time', undated)).toBeUndefined();
    const december = page('archive/2024/12/index.html');
    expect(selectAll('.article-list h2', december).map(shown)).toContain('A corrected report');
  });
});

describe('feeds', () => {
  const feedOf = (file: string) => parseRssFeed(read(built.out, file));

  it('publishes the newest 50 articles, each with its full content and credit, and a feed per source and topic', () => {
    const feed = feedOf('feed.xml');
    expect(feed.items).toHaveLength(50);
    expect(feed.items?.[0]?.link).toMatch(/^https:\/\/example\.org\/news\/articles\//);
    expect(feedOf('sources/source-0/feed.xml').items).toHaveLength(10);
    expect(feedOf('topics/harbour-news/feed.xml').items?.map((item) => item.title)).toEqual(['A corrected report']);
  });

  it('carries the source’s words in each item as exactly as the page does', async () => {
    const items = feedOf('feed.xml').items ?? [];
    for (const item of items) {
      const html = item.content?.encoded ?? '';
      const id = new URL(item.link!).pathname.replace('/news/articles/', '').replace(/\/$/, '');
      const file = join(content, `${id}.md`);
      const { input, markdown } = readArticle(file, `${id}.md`, readFileSync(file, 'utf8'));
      const source = analyseSource(await readSourceFacts(markdown, input.lang));
      // The item as a page: its credit line, then its body.
      const end = html.indexOf('</p>');
      const [credit, body] = [html.slice(html.indexOf('>') + 1, end), html.slice(end + 4)];
      const report = verifyArticle(input, articlePage(body, { credit, lang: input.lang }), `feed item ${id}`, source);
      expect(report.failures, id).toEqual([]);
    }
  });

  it('is discoverable from every page', () => {
    for (const file of htmlPages(built.out)) {
      expect(select('link[rel="alternate"][type="application/rss+xml"]', page(file))?.properties.href, file).toBe('/news/feed.xml');
    }
    const links = selectAll('link[rel="alternate"]', page('topics/topic-1/index.html')).map((link) => link.properties.href);
    expect(links).toEqual(['/news/feed.xml', '/news/topics/topic-1/feed.xml']);
  });
});

describe('sharing', () => {
  it('gives every article Open Graph and Twitter card tags', () => {
    const tree = page('articles/corrected/index.html');
    const meta = (key: string) => select(`meta[property="${key}"], meta[name="${key}"]`, tree)?.properties.content;
    expect(meta('og:title')).toBe('A corrected report');
    expect(meta('og:type')).toBe('article');
    expect(meta('og:url')).toBe('https://example.org/news/articles/corrected/');
    expect(meta('og:site_name')).toBe('News Reader');
    expect(meta('article:published_time')).toBe('2024-12-01T00:00:00.000Z');
    expect(meta('twitter:card')).toBe('summary');
    // X takes the title and description from the Open Graph tags: they are not repeated.
    expect(meta('twitter:title')).toBeUndefined();
    expect(meta('og:description')).toBe('The harbour master said the port “will reopen on Friday”.');
    const data = JSON.parse(toText(select('script[type="application/ld+json"]', tree)!)) as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2024-12-01T00:00:00.000Z',
      dateModified: '2024-12-03T00:00:00.000Z',
      isBasedOn: 'https://source0.example/a',
    });
  });
});

describe('120 articles of one source, one topic, one year', () => {
  // One build for every list that must paginate (the index, a source, a topic, the fidelity pages).
  let many: Built;
  beforeAll(() => {
    const content = mkdtempSync(join(tmpdir(), 'reader-many-'));
    generateArticles(content, 120, { sources: 1, topics: 1, years: 1 });
    many = buildSite({ content });
  });

  it('paginates the index, 50 a page, newest first, each page linking to the next', () => {
    expect(many.status, many.output).toBe(0);
    const pages = ['index.html', '2/index.html', '3/index.html'].map((file) => fromHtml(read(many.out, file)));
    expect(pages.map((tree) => selectAll('.article-list li', tree).length)).toEqual([50, 50, 20]);
    expect(select('a[rel="next"]', pages[0])?.properties.href).toBe('/2/');
    expect(select('a[rel="prev"]', pages[2])?.properties.href).toBe('/2/');
    expect(select('a[rel="next"]', pages[2])).toBeUndefined();
    const dates = pages.flatMap((tree) => selectAll('.article-list time', tree).map((time) => String(time.properties.dateTime)));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(toText(select('h1', pages[1])!)).toBe('Articles, page 2 of 3');
    const fidelity = ['fidelity/index.html', 'fidelity/2/index.html', 'fidelity/3/index.html'].map((file) =>
      fromHtml(read(many.out, file)),
    );
    expect(fidelity.map((tree) => selectAll('.fidelity-table tbody tr', tree).length)).toEqual([50, 50, 20]);
  });

  it('paginates a source’s articles newest first', () => {
    expect(many.status, many.output).toBe(0);
    const pages = ['sources/source-0/index.html', 'sources/source-0/2/index.html', 'sources/source-0/3/index.html'].map((file) =>
      fromHtml(read(many.out, file)),
    );
    expect(pages.map((tree) => selectAll('.article-list li', tree).length)).toEqual([50, 50, 20]);
    const dates = pages.flatMap((tree) => selectAll('.article-list time', tree).map((time) => String(time.properties.dateTime)));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(selectAll('.article-list li', fromHtml(read(many.out, 'topics/topic-0/3/index.html')))).toHaveLength(20);
  });
});

describe('a broken source profile', () => {
  it('stops the build naming the file and the field', () => {
    const folder = mkdtempSync(join(tmpdir(), 'reader-bad-source-'));
    generateArticles(join(folder, 'articles'), 2);
    mkdirSync(join(folder, 'sources'));
    writeFileSync(join(folder, 'sources/wire.yaml'), 'name: Example Wire\nwebsite: https://wire.example.org/\n');
    const bad = buildSite({ content: join(folder, 'articles') });
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('sources/wire.yaml');
    expect(bad.output).toContain('unknown field "website"; a typo? Allowed: name, url, description, country, kind');
  });

  it('refuses two profiles for one source, naming both files', () => {
    const folder = mkdtempSync(join(tmpdir(), 'reader-two-sources-'));
    generateArticles(join(folder, 'articles'), 2);
    mkdirSync(join(folder, 'sources'));
    writeFileSync(join(folder, 'sources/a.yaml'), 'name: Example Wire\n');
    writeFileSync(join(folder, 'sources/b.yml'), 'name: example wire\n');
    const twice = buildSite({ content: join(folder, 'articles') });
    expect(twice.status).not.toBe(0);
    expect(twice.output).toMatch(/a\.yaml and .*b\.yml both describe "example wire" \(\/sources\/example-wire\/\): keep one/);
  });
});
