import type { APIRoute, GetStaticPaths } from 'astro';
import { TERM_FEED_SIZE } from '../../consts.ts';
import { articleTaxonomy, type ArticleEntry } from '../../lib/articles.ts';
import { feed } from './feed.ts';

/** `/topics/<slug>/feed.xml`: a topic's newest articles. */
export const getStaticPaths = (async () => {
  const { topics } = await articleTaxonomy();
  return [...topics.values()].map((group) => ({ params: { topic: group.slug }, props: { name: group.name, entries: group.entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string; entries: ArticleEntry[] }> = ({ site, props }) =>
  feed({ site: site!, base: import.meta.env.BASE_URL, title: `Topic: ${props.name}`, description: `The newest articles on ${props.name}.`, entries: props.entries, size: TERM_FEED_SIZE });
