/**
 * RSS 2.0 feeds (`@astrojs/rss`): the site's newest articles, and each source's and topic's.
 * Each item carries the article's full sanitised content, as its page shows it, opened by its
 * "Source: …" credit, so a feed reader gets the source's words as exactly as the page does.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageMarkers } from '../../contract.ts';
import { articlePath, withBase } from '../../routes.ts';
import { FEED_SIZE, SITE_NAME, TERM_FEED_SIZE } from '../../site.ts';
import { articleTaxonomy, type ArticleEntry } from '../../collections/queries.ts';
import { readingFacts } from '../../markdown/capture/entry.ts';
import { sourceChanges } from '../../collections/originals.ts';
import { bylineNames } from '../../view/format.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The credit that opens each item, as the page's header gives it (`pageMarkers.credit`). */
export function creditHtml(source: { name: string; url?: string | undefined }): string {
  const name = escapeHtml(source.name);
  return `<p ${pageMarkers.credit}>Source: ${source.url ? `<a href="${escapeHtml(source.url)}">${name}</a>` : name}</p>`;
}

export interface FeedOptions {
  site: URL;
  base: string;
  title: string;
  description: string;
  /** In index order; the newest `size` go in. */
  entries: readonly ArticleEntry[];
  /** How many: `FEED_SIZE` for the site's, `TERM_FEED_SIZE` for a source's or topic's. */
  size?: number;
}

export function feed({ site, base, title, description, entries, size = FEED_SIZE }: FeedOptions): Promise<Response> {
  return rss({
    title: title === SITE_NAME ? title : `${title} · ${SITE_NAME}`,
    description,
    site,
    trailingSlash: true,
    items: entries.slice(0, size).map((entry) => ({
      title: entry.data.title,
      link: withBase(base, articlePath(entry.id)),
      ...(entry.data.published ? { pubDate: entry.data.published } : {}),
      description: readingFacts(entry).teaser,
      content: `${creditHtml(entry.data.source)}\n${entry.rendered?.html ?? ''}`,
      ...(entry.data.tags ? { categories: entry.data.tags } : {}),
      ...itemData(entry),
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>en</language>`,
  });
}

/**
 * An item's own elements: its byline's names as `dc:creator` (RSS's `author` is an e-mail address), and
 * for a report its source changed, when its newest copy was retrieved (`atom:updated`).
 */
function itemData(entry: ArticleEntry): { customData?: string } {
  const { times, latest } = sourceChanges(entry.data);
  const parts = [
    ...(entry.data.byline ? [`<dc:creator>${escapeHtml(bylineNames(entry.data.byline))}</dc:creator>`] : []),
    ...(times > 0 && latest ? [`<atom:updated>${latest.toISOString()}</atom:updated>`] : []),
  ];
  return parts.length > 0 ? { customData: parts.join('') } : {};
}

/** A feed for each source or each topic: its paths and its handler, one pattern for both. */
export function termFeeds(kind: 'sources' | 'topics', param: string, describe: (name: string) => { title: string; description: string }) {
  const getStaticPaths = (async () => {
    const taxonomy = await articleTaxonomy();
    return [...taxonomy[kind].values()].map((group) => ({
      params: { [param]: group.slug },
      props: { name: group.name, entries: group.entries },
    }));
  }) satisfies GetStaticPaths;
  const GET: APIRoute<{ name: string; entries: ArticleEntry[] }> = ({ site, props }) =>
    feed({ site: site!, base: import.meta.env.BASE_URL, ...describe(props.name), entries: props.entries, size: TERM_FEED_SIZE });
  return { getStaticPaths, GET };
}
