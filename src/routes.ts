/**
 * Every page type of the site, in one table: the address pattern Astro routes it by, the file in
 * `src/routes/` that builds it, and its label in the site's navigation. The integration injects
 * the table's routes; templates, loaders, feeds and the verifier take every address from
 * `pathOf` (or the helpers below), so that an address is written once. Adding a page type is a
 * row here and a file in `src/routes/`.
 */

export interface Route {
  /** Astro's route pattern: `[name]` a segment, `[...name]` any number of them (none included). */
  pattern: string;
  /** The file that builds it, relative to `src/routes/`. */
  entrypoint: string;
  /** Its link in the site's navigation, in the table's order. */
  nav?: string;
  /** One of the pages to follow and browse by (sources, topics, archive, search, feeds). */
  browse?: true;
  /** A feed: its links must be absolute, so it is built only when the site's address is known. */
  feed?: true;
}

export const routes = {
  index: { pattern: '/[...page]', entrypoint: 'index.astro' },
  article: { pattern: '/articles/[...id]', entrypoint: 'article.astro' },
  original: { pattern: '/originals/[...id]', entrypoint: 'original.astro' },
  originalFile: { pattern: '/originals/[...id]/[file]', entrypoint: 'original-file.ts' },
  changes: { pattern: '/changes/[...id]', entrypoint: 'changes.astro' },
  sources: { pattern: '/sources', entrypoint: 'sources/index.astro', nav: 'Sources', browse: true },
  source: { pattern: '/sources/[source]/[...page]', entrypoint: 'sources/[source]/[...page].astro', browse: true },
  topics: { pattern: '/topics', entrypoint: 'topics/index.astro', nav: 'Topics', browse: true },
  topic: { pattern: '/topics/[topic]/[...page]', entrypoint: 'topics/[topic]/[...page].astro', browse: true },
  archive: { pattern: '/archive', entrypoint: 'archive/index.astro', nav: 'Archive', browse: true },
  month: { pattern: '/archive/[year]/[month]/[...page]', entrypoint: 'archive/[year]/[month]/[...page].astro', browse: true },
  undated: { pattern: '/archive/undated/[...page]', entrypoint: 'archive/undated/[...page].astro', browse: true },
  search: { pattern: '/search', entrypoint: 'search.astro', nav: 'Search', browse: true },
  checks: { pattern: '/fidelity/[...page]', entrypoint: 'checks.astro', nav: 'Checks' },
  siteFeed: { pattern: '/feed.xml', entrypoint: 'feeds/site.xml.ts', browse: true, feed: true },
  sourceFeed: { pattern: '/sources/[source]/feed.xml', entrypoint: 'feeds/source.xml.ts', browse: true, feed: true },
  topicFeed: { pattern: '/topics/[topic]/feed.xml', entrypoint: 'feeds/topic.xml.ts', browse: true, feed: true },
} as const satisfies Record<string, Route>;

/** The navigation's links, in order. */
export const navigation: ReadonlyArray<{ label: string; path: string }> = Object.values(routes as Record<string, Route>).flatMap((route) =>
  route.nav ? [{ label: route.nav, path: pathOf(route) }] : [],
);

/**
 * The address of one page of a route, before the deploy base path: each `[name]` filled from
 * `params`, a `[...name]` left out when not given; a page's address ends in `/`, a file's
 * (`feed.xml`) does not.
 */
export function pathOf(route: Route, params: Readonly<Record<string, string>> = {}): string {
  const filled = route.pattern.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, rest: string | undefined, name: string) => {
    const value = params[name];
    if (value === undefined && !rest) throw new Error(`the address ${route.pattern} needs its "${name}"`);
    return value ?? '';
  });
  const path = filled.replace(/\/{2,}/g, '/');
  return /\.[a-z]+$/.test(path) || path.endsWith('/') ? path : `${path}/`;
}

/** An article's address: `/articles/<id>/`. */
export const articlePath = (id: string): string => pathOf(routes.article, { id });

/** An imported article's original, with every change made to it: `/originals/<id>/`. */
export const originalPath = (id: string): string => pathOf(routes.original, { id });

/** The original's bytes, to download: `/originals/<id>/<file>`. */
export const originalFilePath = (id: string, file: string): string => pathOf(routes.originalFile, { id, file });

/** How a report its source changed was changed, copy by copy: `/changes/<id>/`. */
export const changesPath = (id: string): string => pathOf(routes.changes, { id });

/** A source's page: `/sources/<slug>/` (slug from `sourceSlug`). */
export const sourcePath = (slug: string): string => pathOf(routes.source, { source: slug });

/** A topic's page: `/topics/<slug>/` (slug from `topicSlug`). */
export const topicPath = (slug: string): string => pathOf(routes.topic, { topic: slug });

/** A month of the archive (`2024/03`, from `monthSlug`), or the undated articles (`undated`). */
export function archivePath(month: string): string {
  if (month === 'undated') return pathOf(routes.undated);
  const [year = '', number = ''] = month.split('/');
  return pathOf(routes.month, { year, month: number });
}

/** Joins the base path and a site-relative path, keeping exactly one slash between them. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
