/**
 * Builds the real content the way a user does, at the root and under a sub-path, and reads the
 * HTML a static host would serve.
 */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlePageFile, originalPageFile, pageMarkers } from '../../src/contract.ts';
import { articlePath } from '../../src/routes.ts';
import type { SiteReport } from '../../src/verifier/index.ts';
import { buildSite, root, type Built } from '../helpers/build.ts';
import { fileFor, htmlPages, read, urlsOn } from '../helpers/site.ts';

const seedId = 'us-led-coalition-airstrikes-kill-20-more-civilians-in-syria';
const article = articlePageFile(seedId);
let rootBuild: Built;
let subPathBuild: Built;

beforeAll(() => {
  rootBuild = buildSite();
  expect(rootBuild.status, rootBuild.output).toBe(0);
  subPathBuild = buildSite({ env: { SITE_URL: 'https://example.org', BASE_PATH: '/news/' } });
  expect(subPathBuild.status, subPathBuild.output).toBe(0);
});

describe('the page contract', () => {
  it('publishes the article where the contract says, with every marker the verifier reads', () => {
    expect(article).toBe(`articles/${seedId}/index.html`);
    const tree = fromHtml(read(rootBuild.out, article));
    const marked = selectAll(`article[${pageMarkers.article}]`, tree);
    expect(marked.map((node) => node.properties.dataArticle)).toEqual([seedId]);
    const credit = select(`article[${pageMarkers.article}] > header [${pageMarkers.credit}]`, tree);
    expect(credit && toText(credit).replace(/\s+/g, ' ').trim()).toBe('Source: Press TV');
    const bodies = selectAll(`article[${pageMarkers.article}] [${pageMarkers.body}]`, tree);
    expect(bodies).toHaveLength(1);
    expect(toText(bodies[0]!)).toContain('destroying Daesh.');
  });

  it('links every article from the index at its contract path, under the base path too', () => {
    expect(urlsOn(read(rootBuild.out, 'index.html')).map(({ url }) => url)).toContain(articlePath(seedId));
    expect(urlsOn(read(subPathBuild.out, 'index.html')).map(({ url }) => url)).toContain(`/news${articlePath(seedId)}`);
  });
});

describe('the seed article page', () => {
  it('links its original, which lists the four changes its import made and offers the very file', () => {
    const tree = fromHtml(read(rootBuild.out, article));
    const link = selectAll(`[${pageMarkers.proof}] a`, tree).find((node) => toText(node) === 'the original as imported');
    expect(link?.properties.href).toBe(`/originals/${seedId}/`);
    expect(select(`[${pageMarkers.proof}] data[${pageMarkers.count}="changes"]`, tree)?.properties.value).toBe('4');
    const original = fromHtml(read(rootBuild.out, originalPageFile(seedId)));
    expect(selectAll('.changes li strong', original).map((node) => toText(node))).toEqual([
      'placeholder-link',
      'orphan-brackets',
      'orphan-brackets',
      'split-paragraph',
    ]);
    expect(read(rootBuild.out, `originals/${seedId}/${seedId}.txt`)).toBe(
      readFileSync(join(root, `content/originals/${seedId}.txt`), 'utf8'),
    );
  });

  it('has the title in <h1> and a visible source credit in the article header', () => {
    const tree = fromHtml(read(rootBuild.out, article));
    expect(toText(select('article header h1', tree)!)).toBe('US-led Coalition Airstrikes Kill 20 more civilians in Syria');
    expect(toText(select('article header .credit', tree)!).replace(/\s+/g, ' ').trim()).toBe('Source: Press TV');
    // No report URL: the credit links to the source's profile (content/sources/press-tv.yaml).
    expect(select('article header .credit a', tree)?.properties.href).toBe('/sources/press-tv/');
    expect(select('title', tree) && toText(select('title', tree)!)).toContain('US-led Coalition Airstrikes');
  });

  it('fixes the scrape’s markup: no brackets, no placeholder link, the split paragraph joined', () => {
    const html = read(rootBuild.out, article);
    expect(html).not.toContain('[Deir Ezzor]');
    expect(html).toContain('province of Deir Ezzor');
    expect(html).not.toMatch(/href="#"/);
    const paragraphs = selectAll('[data-article-body] p', fromHtml(html)).map((p) => toText(p));
    expect(paragraphs).toContain(
      'The regular strikes on Syrian civilians, notably a bloody attack on the town of al-Shaafah with 60 casualties on November 13, have prompted the response of the Syrian Ministry of Foreign Affairs and Expatriates, which has stated the massacre clearly points to the fact that members of the military alliance have no respect for moral values and international regulations.',
    );
    expect(paragraphs).toHaveLength(13);
  });

  it('sets the language and direction, shows no date it does not have, and runs no script', () => {
    const tree = fromHtml(read(rootBuild.out, article));
    expect(select('html', tree)?.properties.lang).toBe('en');
    expect(select('article', tree)?.properties).toMatchObject({ lang: 'en', dir: 'ltr' });
    expect(select('time', tree)).toBeUndefined();
    expect(selectAll('script:not([type="application/ld+json"])', tree)).toEqual([]);
    expect(toText(select('.reading-time', tree)!)).toBe('2 min read');
  });
});

describe('the proof on the seed article page', () => {
  const shown = (node: Parameters<typeof toText>[0]) => toText(node).replace(/\s+/g, ' ').trim();

  it('says who is cited, in order of first mention, each cue linking to the paragraph that says it', () => {
    const tree = fromHtml(read(rootBuild.out, article));
    const items = selectAll('section[aria-labelledby="cited-title"] .cited li', tree).map(shown);
    expect(items).toEqual([
      'Local sources: told',
      'SANA: reported',
      'local reports: claimed',
      'the Syrian Ministry of Foreign Affairs and Expatriates: stated',
      'various sources including Human Rights Watch: according to',
      'The Russian Foreign Ministry: slammed',
    ]);
    for (const link of selectAll('.cited a', tree)) {
      const id = String(link.properties.href).slice(1);
      expect(select(`[${pageMarkers.body}] [id="${id}"]`, tree), id).toBeDefined();
    }
    // The seed credits its one quotation to no one: the page says so rather than guess.
    expect(selectAll('.quoted li', tree).map(shown)).toEqual(['“destroying Daesh.” — speaker not named in the text']);
  });

  it('says how it was checked, with the counts the verifier holds it to and the original it was compared with', () => {
    const tree = fromHtml(read(rootBuild.out, article));
    const section = select(`article [${pageMarkers.proof}]`, tree)!;
    const counts = Object.fromEntries(
      selectAll(`data[${pageMarkers.count}]`, section).map((node) => [String(node.properties.dataCount), Number(node.properties.value)]),
    );
    const report = JSON.parse(read(rootBuild.out, 'fidelity.json')) as SiteReport;
    const checked = report.articles[0]!;
    expect(counts).toEqual({
      changes: 4,
      quotations: checked.quotes.total,
      attributions: checked.attributions.total,
      words: checked.words.total,
    });
    expect(shown(section)).toContain('SHA-256 d518565f0debb13480d4cb9accfac4e88de1f9f8fe26089e20c77cc7b4353bf5');
    expect(selectAll('a', section).map((link) => link.properties.href)).toEqual([`/originals/${seedId}/`, '/fidelity/', '/fidelity.json']);
  });

  it('lists quotations and attributions in fidelity.json, with the speaker when the text names one', () => {
    const checked = (JSON.parse(read(rootBuild.out, 'fidelity.json')) as SiteReport).articles[0]!;
    expect(checked.quotes.items).toEqual([{ text: '“destroying Daesh.”' }]);
    expect(checked.attributions.items[1]).toEqual({
      sentence:
        'Earlier in the day, SANA reported another coalition strike in the same province, where 11 civilians, including three women and five children, were killed.',
      cue: 'reported',
      source: 'SANA',
    });
  });

  it('describes itself in JSON-LD as a NewsArticle based on its source, citing whom its text cites', () => {
    const tree = fromHtml(read(subPathBuild.out, article));
    const data = JSON.parse(toText(select('script[type="application/ld+json"]', tree)!)) as Record<string, unknown>;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'US-led Coalition Airstrikes Kill 20 more civilians in Syria',
      inLanguage: 'en',
      url: `https://example.org/news/articles/${seedId}/`,
      sourceOrganization: { '@type': 'Organization', name: 'Press TV' },
    });
    expect((data.citation as Array<{ creditText: string }>).map((cited) => cited.creditText)).toContain('SANA');
  });

  it('lists every article’s check on /fidelity/', () => {
    const tree = fromHtml(read(rootBuild.out, 'fidelity/index.html'));
    const rows = selectAll('.fidelity-table tbody tr', tree).map(shown);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(
      /^US-led Coalition Airstrikes Kill 20 more civilians in Syria Press TV 1 6 383 original, SHA-256 d518565f0deb…$/,
    );
  });
});

describe('the index and 404 pages', () => {
  it('lists the article with its source and first sentence', () => {
    const tree = fromHtml(read(rootBuild.out, 'index.html'));
    const items = selectAll('.article-list li', tree);
    expect(items).toHaveLength(1);
    const text = toText(items[0]!).replace(/\s+/g, ' ');
    expect(text).toContain('US-led Coalition Airstrikes Kill 20 more civilians in Syria');
    expect(text).toContain('Source: Press TV');
    expect(text).toContain('Twenty civilians, including women and children');
  });

  it('has a 404 page that links home', () => {
    const tree = fromHtml(read(rootBuild.out, '404.html'));
    expect(toText(select('h1', tree)!)).toBe('Page not found');
    expect(select('a[href="/"]', tree)).toBeDefined();
  });

  it('runs no script anywhere but on /search/, and carries the security policy on every page', () => {
    const pages = htmlPages(rootBuild.out);
    expect(pages).toContain('search/index.html');
    for (const file of pages.filter((page) => page !== 'search/index.html')) {
      const tree = fromHtml(read(rootBuild.out, file));
      expect(selectAll('script:not([type="application/ld+json"])', tree), file).toEqual([]);
      expect(select('meta[http-equiv="Content-Security-Policy"]', tree)?.properties.content, file).toMatch(/script-src 'none'/);
    }
    const search = fromHtml(read(rootBuild.out, 'search/index.html'));
    expect(select('meta[http-equiv="Content-Security-Policy"]', search)?.properties.content).toMatch(
      /script-src 'self' 'wasm-unsafe-eval'/,
    );
    expect(selectAll('script', search).map((script) => script.properties.src)).toEqual(['/pagefind/pagefind-ui.js', '/search.js']);
    expect(read(rootBuild.out, 'pagefind/pagefind-ui.js').length).toBeGreaterThan(1000);
  });
});

describe('deploying', () => {
  function checkInternalLinks(built: Built, base: string) {
    const pages = htmlPages(built.out);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const file of pages) {
      for (const { tag, url } of urlsOn(read(built.out, file))) {
        if (/^(https?:)?\/\//.test(url) && !url.startsWith('https://example.org/')) continue;
        const path = url.startsWith('https://example.org/') ? new URL(url).pathname : url;
        if (path.startsWith('#')) continue;
        expect(path.startsWith(base), `${file}: <${tag}> ${url} is outside ${base}`).toBe(true);
        expect(fileFor(built.out, base, path), `${file}: <${tag}> ${url} leads nowhere`).toBeDefined();
      }
    }
  }

  it('works at the root with no variables set', () => {
    checkInternalLinks(rootBuild, '/');
    expect(read(rootBuild.out, article)).not.toContain('rel="canonical"');
  });

  it('works under a sub-path with SITE_URL and BASE_PATH', () => {
    checkInternalLinks(subPathBuild, '/news/');
    const tree = fromHtml(read(subPathBuild.out, article));
    expect(select('link[rel="canonical"]', tree)?.properties.href).toBe(
      'https://example.org/news/articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria/',
    );
    expect(select('.site-name', tree)?.properties.href).toBe('/news/');
  });

  it('lists every page in the sitemap once, by its absolute address, in order, error pages aside', () => {
    const index = read(subPathBuild.out, 'sitemap-index.xml');
    expect(index).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://example.org/news/sitemap-0.xml</loc></sitemap></sitemapindex>',
    );
    const listed = [...read(subPathBuild.out, 'sitemap-0.xml').matchAll(/<url><loc>([^<]*)<\/loc><\/url>/g)].map((match) => match[1]!);
    const pages = htmlPages(subPathBuild.out)
      .filter((file) => file !== '404.html')
      .map((file) => `https://example.org/news/${file.replace(/index\.html$/, '')}`);
    expect(listed).toEqual([...pages].sort(new Intl.Collator('en', { numeric: true }).compare));
  });
});
