import type { APIRoute } from 'astro';
import { withBase } from '../routes.ts';

/** Crawlers may read everything; the sitemap is named when the site's address is known. */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${new URL(withBase(import.meta.env.BASE_URL, 'sitemap-index.xml'), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
