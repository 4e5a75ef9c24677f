/**
 * Values the site shares across layers, and the page contract: where every article is published
 * and how its page marks the parts the verifier reads. Templates, the content loader, the
 * verifier and the tests all take them from here (the article templates write the markers out,
 * see src/pages/articles/[...slug].astro); `tests/build/site.test.ts` fails when a built page
 * stops honouring the contract.
 */

export const SITE_NAME = 'News Reader';

/** Articles on each page of the index. */
export const PAGE_SIZE = 50;

/** An article's address on the site, before the deploy base path: `/articles/<id>/`. */
export function articlePath(id: string): string {
  return `/articles/${id}/`;
}

/** The file an article's page is written to, relative to the built site's folder. */
export function articlePageFile(id: string): string {
  return `${articlePath(id).slice(1)}index.html`;
}

/**
 * The attributes that mark an article page's parts. The verifier reads the first visible
 * `<article data-article>`; inside it, the source credit (the `<header>` line carrying
 * `data-source-credit`, with the source's name and, when it has one, a link to its URL) and the
 * article body (`data-article-body`, the rendered Markdown and nothing else).
 */
export const pageMarkers = {
  article: 'data-article',
  credit: 'data-source-credit',
  body: 'data-article-body',
  /**
   * The "How this page was checked" section: what it states it checked, each count a
   * `<data value>` carrying `data-count` (quotations, blockquotes, attributions, words), which the
   * verifier holds to its own counts.
   */
  proof: 'data-proof',
  count: 'data-count',
} as const;

/** Where the site-wide list of every article's check is published, before the base path. */
export const FIDELITY_PATH = '/fidelity/';

/** The verifier's machine-readable report, beside the pages. */
export const FIDELITY_REPORT = '/fidelity.json';

/** Where a source's page is: `/sources/<slug>/` (slug from `sourceSlug`). */
export function sourcePath(slug: string): string {
  return `/sources/${slug}/`;
}

/** Where a topic's page is: `/topics/<slug>/` (slug from `topicSlug`). */
export function topicPath(slug: string): string {
  return `/topics/${slug}/`;
}

/** Where a month of the archive is: `/archive/2024/03/`; the undated articles are at `/archive/undated/`. */
export function archivePath(month: string): string {
  return `/archive/${month}/`;
}

/** The site's feed, and a source's or topic's own beside its page. */
export const FEED_FILE = 'feed.xml';

/** Articles in the site's feed: the newest. */
export const FEED_SIZE = 50;

/**
 * Articles in a source's or a topic's feed. Fewer than the site's: a site of 10,000 articles over
 * 200 sources and 500 topics has 700 such feeds, each carrying its items' full text.
 */
export const TERM_FEED_SIZE = 10;
