/**
 * The sitemap: the absolute address of every page (error pages aside) in `sitemap-0.xml`, … (at
 * most 45,000 each) and `sitemap-index.xml` naming them, written with the `sitemap` package
 * exactly as `@astrojs/sitemap` writes it at its defaults. Not that integration itself: it sorts
 * the addresses with `localeCompare(…, 'en', { numeric: true })`, which makes a collator for every
 * comparison, seconds of the build's main thread for a large archive (docs/performance.md); one
 * `Intl.Collator` gives the same order.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SitemapAndIndexStream, SitemapStream } from 'sitemap';

/** Addresses per file: `@astrojs/sitemap`'s default, under the protocol's 50,000. */
const ENTRY_LIMIT = 45_000;

/** Error pages are no pages to index: /404/, /500/. */
const statusPage = /^\/?[45]\d\d\/?$/;

export default function sitemap(): AstroIntegration {
  let root: URL | undefined;
  let base = '/';
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = config.site ? new URL(base, config.site) : undefined;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!root) return;
        const site = root;
        const collator = new Intl.Collator('en', { numeric: true });
        const urls = [
          ...new Set(
            pages
              .filter(({ pathname }) => !statusPage.test(pathname))
              .map(({ pathname }) => new URL(pathname.replace(/^\//, ''), site).href),
          ),
        ].sort(collator.compare);
        const out = fileURLToPath(dir);
        await mkdir(out, { recursive: true });
        const index = new SitemapAndIndexStream({
          limit: ENTRY_LIMIT,
          getSitemapStream: (i) => {
            const stream = new SitemapStream({ hostname: site.href, xmlns: { news: true, xhtml: true, image: true, video: true } });
            const name = `sitemap-${i}.xml`;
            const written = stream.pipe(createWriteStream(posix.join(out, name)));
            return [{ url: new URL(posix.join(base, name), site).href }, stream, written];
          },
        });
        await pipeline(Readable.from(urls.map((url) => ({ url }))), index, createWriteStream(posix.join(out, 'sitemap-index.xml')));
        logger.info(`sitemap-index.xml: ${urls.length} pages`);
      },
    },
  };
}
