import { describe, expect, it } from 'vitest';
import { articleIdFromPath } from '../../src/text/slug.ts';
import { deployFromEnv } from '../../src/env.ts';
import { withBase } from '../../src/routes.ts';
import { byIndexOrder } from '../../src/collections/order.ts';
import { readingMinutes, textDirection } from '../../src/view/format.ts';
import { firstParagraph } from '../../src/markdown/capture/entry.ts';
import { countWords, firstSentence } from '../../src/text/segment.ts';

describe('articleIdFromPath', () => {
  it.each([
    ['us-led-coalition.md', 'us-led-coalition'],
    ['2024/Nov/Big News Today.markdown', '2024/nov/big-news-today'],
    ['Élections à Paris.md', 'élections-à-paris'],
    ['win\\path.md', 'win/path'],
  ])('%s -> %s', (path, id) => expect(articleIdFromPath(path)).toBe(id));
});

describe('deployFromEnv', () => {
  it.each([
    [{}, { site: undefined, base: '/' }],
    [{ SITE_URL: 'https://example.org', BASE_PATH: '/news/' }, { site: 'https://example.org', base: '/news/' }],
    [{ BASE_PATH: 'news' }, { site: undefined, base: '/news/' }],
    [{ BASE_PATH: '/a/b' }, { site: undefined, base: '/a/b/' }],
    [{ BASE_PATH: '/' }, { site: undefined, base: '/' }],
  ])('%j', (env, expected) => expect(deployFromEnv(env)).toEqual(expected));

  it.each([[{ SITE_URL: 'example.org' }], [{ SITE_URL: 'ftp://example.org' }], [{ BASE_PATH: 'https://x/' }], [{ BASE_PATH: '/a/../b' }]])(
    'refuses %j',
    (env) => expect(() => deployFromEnv(env)).toThrow(/must be/),
  );

  it('joins paths with one slash', () => {
    expect(withBase('/news/', '/articles/x/')).toBe('/news/articles/x/');
    expect(withBase('/', '/')).toBe('/');
  });
});

describe('index order', () => {
  const entry = (id: string, published?: string) => ({ id, data: { title: id, published: published ? new Date(published) : undefined } });
  it('puts the newest first and undated last, by title', () => {
    const sorted = [entry('b'), entry('old', '2020-01-01'), entry('a'), entry('new', '2024-01-01')].sort(byIndexOrder);
    expect(sorted.map((e) => e.id)).toEqual(['new', 'old', 'a', 'b']);
  });
});

describe('text helpers', () => {
  it('finds the first sentence of the first paragraph, leaving out HTML and headings', () => {
    const body = '## Heading\n\n<div>raw</div>\n\nFirst *sentence* here. Second one.\n\nMore.';
    expect(firstSentence(firstParagraph(body), 'en')).toBe('First sentence here.');
  });

  it('counts words in any script and rounds reading time up to a minute', () => {
    expect(countWords('One two, three.', 'en')).toBe(3);
    expect(countWords('افتتحت البلدية مكتبة', 'ar')).toBe(3);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
  });

  it.each([
    ['ar', 'rtl'],
    ['fa', 'rtl'],
    ['he', 'rtl'],
    ['ur', 'rtl'],
    ['en', 'ltr'],
    ['fr-CA', 'ltr'],
  ])('direction of %s is %s', (lang, dir) => expect(textDirection(lang)).toBe(dir));
});
