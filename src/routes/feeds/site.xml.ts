import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../site.ts';
import { articlesInIndexOrder } from '../../collections/queries.ts';
import { feed } from './feed.ts';

/** `/feed.xml`: the newest articles. Added by the site's integration only when SITE_URL is set. */
export const GET: APIRoute = async ({ site }) =>
  feed({
    site: site!,
    base: import.meta.env.BASE_URL,
    title: SITE_NAME,
    description: 'The newest articles, word for word, with their sources credited.',
    entries: await articlesInIndexOrder(),
  });
