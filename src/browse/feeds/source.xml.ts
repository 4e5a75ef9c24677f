import type { APIRoute, GetStaticPaths } from 'astro';
import { TERM_FEED_SIZE } from '../../consts.ts';
import { articleTaxonomy, type ArticleEntry } from '../../lib/articles.ts';
import { feed } from './feed.ts';

/** `/sources/<slug>/feed.xml`: a source's newest articles. */
export const getStaticPaths = (async () => {
  const { sources } = await articleTaxonomy();
  return [...sources.values()].map((group) => ({ params: { source: group.slug }, props: { name: group.name, entries: group.entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string; entries: ArticleEntry[] }> = ({ site, props }) =>
  feed({ site: site!, base: import.meta.env.BASE_URL, title: `Source: ${props.name}`, description: `The newest articles from ${props.name}.`, entries: props.entries, size: TERM_FEED_SIZE });
