import { describe, expect, it } from 'vitest';
import { deployFromEnv, searchMergeFromEnv } from '../../src/env.ts';
import { withBase } from '../../src/routes.ts';

describe('deployFromEnv', () => {
  it.each([
    [{}, { site: undefined, base: '/' }],
    [
      { SITE_URL: 'https://example.org', BASE_PATH: '/news/' },
      { site: 'https://example.org', base: '/news/' },
    ],
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

describe('searchMergeFromEnv', () => {
  it('reads paths on this site, comma-separated, each ending in a slash', () => {
    expect(searchMergeFromEnv({})).toEqual([]);
    expect(searchMergeFromEnv({ SEARCH_MERGE: ' /news/2019/pagefind/ , /news/2020/pagefind' })).toEqual([
      '/news/2019/pagefind/',
      '/news/2020/pagefind/',
    ]);
  });

  it.each(['https://other.example/pagefind/', '//other.example/pagefind/', 'pagefind/', '/a/../b/', '/a?b', '/a\\b'])(
    'refuses %s',
    (path) => expect(() => searchMergeFromEnv({ SEARCH_MERGE: path })).toThrow(`SEARCH_MERGE must list paths on this site`),
  );
});
