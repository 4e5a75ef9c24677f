/**
 * An archive built in shards (docs/performance.md): each shard its own site under its own
 * BASE_PATH, and the main site's search page searching the shards' indexes with its own
 * (`SEARCH_MERGE`), on one origin, in Chromium.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { chromeLaunchOptions } from '../helpers/browser.ts';
import { hasBrowser } from '../helpers/browser-gate.ts';
import { buildSite, fixtures, root } from '../helpers/build.ts';
import { serve, type Served } from '../helpers/serve.ts';

let browser: Browser | undefined;
let server: Served | undefined;

describe.skipIf(!hasBrowser)('a search over shards, in Chromium', () => {
  beforeAll(async () => {
    const shard = buildSite({ content: join(root, 'tests/fixtures/shard'), env: { BASE_PATH: '/news/2019/' } });
    expect(shard.status, shard.output).toBe(0);
    const main = buildSite({ content: fixtures, env: { BASE_PATH: '/news/', SEARCH_MERGE: '/news/2019/pagefind/' } });
    expect(main.status, main.output).toBe(0);
    server = await serve(main.out, '/news/', [{ dist: shard.out, base: '/news/2019/' }]);
    browser = await chromium.launch(chromeLaunchOptions());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("finds on the main site's search page an article of a shard, and the main site's own", async () => {
    const page = await browser!.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${server!.origin}/news/search/`);
    await page.locator('#search input').fill('zeppelin');
    const fromShard = page.locator('#search a[href*="/news/2019/articles/"]').first();
    await fromShard.waitFor({ timeout: 10_000 });
    expect(await fromShard.getAttribute('href')).toBe('/news/2019/articles/airship-museum-opens/');
    await page.locator('#search input').fill('bakery');
    const own = page.locator('#search a[href="/news/articles/blockquotes/"]').first();
    await own.waitFor({ timeout: 10_000 });
    expect(problems).toEqual([]);
    await page.close();
  });
});
