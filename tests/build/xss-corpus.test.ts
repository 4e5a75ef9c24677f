/**
 * Every vector of DOMPurify's XSS fixtures (tests/fixtures/xss, Apache-2.0 OR MPL-2.0) and of our
 * own table of classic families, put in an article as raw HTML and as Markdown (links, images,
 * reference definitions, autolinks), built with the site's pipeline and pages. Each page is
 * checked twice: in its HTML (no script, no handler, no unsafe URL) and in Chromium with the
 * page's CSP switched off, so that the sanitiser alone must hold (no dialog, no navigation, no
 * request to anything but the page itself); pages the same but for their vector's number are
 * loaded once.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromeLaunchOptions } from '../helpers/browser.ts';
import { hasBrowser } from '../helpers/browser-gate.ts';
import { buildFolder, childBuildEnv, root } from '../helpers/build.ts';
import { serve } from '../helpers/serve.ts';
import { hostile, unsafeParts } from '../helpers/unsafe.ts';

interface Vector {
  title: string;
  payload: string;
}
const corpus = JSON.parse(readFileSync(join(root, 'tests/fixtures/xss/dompurify-xss.json'), 'utf8')) as { vectors: Vector[] };
const vectors: Vector[] = [...corpus.vectors, ...hostile.map(([title, payload]) => ({ title, payload }))];

const frontmatter = (title: string) => `---\ntitle: ${JSON.stringify(title)}\nsource:\n  name: XSS corpus\n---\n\n`;
/** One payload in each Markdown place a URL or raw HTML can go. */
const asMarkdown = (payload: string) =>
  [`[a link](${payload})`, `![an image](${payload})`, '[a reference][ref]', `<${payload}>`, `[ref]: ${payload}`].join('\n\n');

let dist = '';
const pages: Array<{ path: string; vector: string }> = [];

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), 'reader-xss-'));
  const content = join(work, 'content');
  mkdirSync(content);
  vectors.forEach((vector, i) => {
    writeFileSync(
      join(content, `html-${i}.md`),
      `${frontmatter(`HTML vector ${i}`)}Before vector ${i}.\n\n${vector.payload}\n\nAfter vector ${i}.\n`,
    );
    writeFileSync(
      join(content, `markdown-${i}.md`),
      `${frontmatter(`Markdown vector ${i}`)}Before vector ${i}.\n\n${asMarkdown(vector.payload)}\n\nAfter vector ${i}.\n`,
    );
    pages.push(
      { path: `/articles/html-${i}/`, vector: `${vector.title} (raw HTML)` },
      { path: `/articles/markdown-${i}/`, vector: `${vector.title} (Markdown)` },
    );
  });
  dist = join(buildFolder(), 'dist');
  const env = childBuildEnv({ CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), VARIANT_VERIFY: 'off' });
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'scripts/astro-variant.config.ts', '--outDir', dist],
    { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-4000)).toBe(0);
});

describe('XSS corpus', () => {
  it(`tries ${vectors.length} vectors (${corpus.vectors.length} from DOMPurify) in ${vectors.length * 2} pages`, () => {
    expect(corpus.vectors.length).toBe(223);
    expect(pages).toHaveLength(vectors.length * 2);
  });

  it('leaves nothing that runs or loads in the HTML of any page', () => {
    const through: string[] = [];
    for (const { path, vector } of pages) {
      const tree = fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
      const body = select('[data-article-body]', tree);
      expect(body, path).toBeDefined();
      const problems = unsafeParts(toHtml(body!));
      // The one script element a page may have is its JSON-LD in the head: data, never run, and
      // still JSON whatever the article's quotations hold (no "</script>" can close it early).
      const data = selectAll('head > script[type="application/ld+json"]', tree);
      if (selectAll('script', tree).length !== data.length || data.length !== 1) problems.push('<script> in page');
      for (const script of data) {
        try {
          JSON.parse(toString(script));
        } catch {
          problems.push('JSON-LD that is not JSON');
        }
      }
      if (problems.length > 0) through.push(`${vector}: ${problems.join(', ')}`);
    }
    expect(through).toEqual([]);
  });

  it.skipIf(!hasBrowser)('runs nothing and loads nothing in Chromium, even with the CSP switched off', async () => {
    const server = await serve(dist);
    const browser = await chromium.launch(chromeLaunchOptions());
    const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
    // Anything asked of another origin is already a failure (the request listener below records
    // it); refused at once, a page need not wait for a name lookup that cannot succeed here.
    await context.route(
      (url) => !url.href.startsWith(server.origin),
      (route) => route.abort(),
    );
    const through: string[] = [];
    // Pages that differ only in their vector's number (its title, its address, its neighbours')
    // are one page to a browser: each such page is loaded once, for all of them.
    const distinct = new Map<string, { path: string; vector: string }>();
    for (const page of pages) {
      const html = readFileSync(join(dist, page.path, 'index.html'), 'utf8').replace(/(vector |html-|markdown-)\d+/g, '$1N');
      if (!distinct.has(html)) distinct.set(html, page);
    }
    const loaded = [...distinct.values()];
    // A few tabs at once: a page load mostly waits on Chromium's other processes.
    const lanes = 3;
    /** Loads every `lanes`-th page, from the `lane`-th, in a tab of its own. */
    async function visit(lane: number) {
      const page = await context.newPage();
      let current = '';
      page.on('dialog', async (dialog) => {
        through.push(`${current}: dialog "${dialog.message()}"`);
        await dialog.dismiss();
      });
      page.on('request', (request) => {
        const url = request.url();
        if (url !== `${server.origin}${current}` && url !== `${server.origin}/favicon.svg`) through.push(`${current}: request to ${url}`);
      });
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame() && frame.url() !== `${server.origin}${current}`)
          through.push(`${current}: navigated to ${frame.url()}`);
      });
      for (let i = lane; i < loaded.length; i += lanes) {
        current = loaded[i]!.path;
        await page.goto(`${server.origin}${current}`, { waitUntil: 'load' });
        // Give timers, autofocus handlers and meta refreshes a moment to fire.
        await page.waitForTimeout(15);
      }
    }
    try {
      await Promise.all(Array.from({ length: lanes }, (_, lane) => visit(lane)));
    } finally {
      await browser.close();
      await server.close();
    }
    console.log(`XSS corpus: ${loaded.length} distinct pages of ${pages.length} loaded in Chromium, ${through.length} vectors got through`);
    expect(through).toEqual([]);
  });
});
