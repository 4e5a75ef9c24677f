/**
 * The pages in a real browser (Debian's Chromium through playwright-core): no errors, no
 * requests leaving the page's own server, zero axe violations in light and dark, the credit and
 * every quotation visible to a reader, keyboard access, layout from 320 px, print, screenshots.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteReport } from '../../src/verifier/check/report.ts';
import { verifySite } from '../../src/verifier/run/site.ts';
import { chromeLaunchOptions } from '../helpers/browser.ts';
import { hasBrowser } from '../helpers/browser-gate.ts';
import { buildSite, fixtures, root, type Built } from '../helpers/build.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { htmlPages } from '../helpers/site.ts';
import { findQuotations } from '../../src/text/quotations.ts';
import { sourceTree } from '../../src/markdown/source.ts';
import { visibleBlocks } from '../../src/text/visible.ts';
import { normalizeTypography } from '../../src/text/normalize.ts';
import { readArticle } from '../../src/verifier/run/article-job.ts';

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const screenshots = join(root, 'test-output/screenshots');

/**
 * One build serves every test, deployed under a sub-path (the harder case: every link must carry
 * it); the site at the root is read in tests/build. Paths below are the site's own, under `base`.
 */
const base = '/news';
let built: Built;
let server: Served;
let browser: Browser;
let report: SiteReport;
let paths: string[];

/** A browser context for each set of options, made once: each page opens in a new tab of it. */
const contexts = new Map<string, Promise<BrowserContext>>();

/** A page's address on the server. */
const at = (path: string) => `${server.origin}${base}${path}`;

interface TabOptions {
  colorScheme?: 'light' | 'dark';
  width?: number;
  bypassCSP?: boolean;
  alone?: boolean;
}

/**
 * A new tab, recording console errors, failed requests and requests to other origins. `alone`:
 * in a context of its own, for a test of keyboard focus, which a shared context's tabs disturb.
 * A test that reads several pages goes from one to the next in one tab, as a reader does: a new
 * tab for each costs more than the page.
 */
async function tab(options: TabOptions = {}) {
  const settings = {
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
    // Only to inject axe: the pages' own policy forbids every script, rightly.
    bypassCSP: options.bypassCSP ?? false,
  } as const;
  const key = JSON.stringify(settings);
  if (!options.alone && !contexts.has(key)) contexts.set(key, browser.newContext(settings));
  const page = options.alone ? await browser.newPage(settings) : await (await contexts.get(key)!).newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A request cancelled because the tab moved on (the last page's favicon) is no failure of the site.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(server.origin)) problems.push(`left the server: ${request.url()}`);
  });
  return { page, problems };
}

/** Opens a page in a new tab (`tab`). */
async function open(path: string, options: TabOptions = {}) {
  const opened = await tab(options);
  const response = await opened.page.goto(at(path));
  return { ...opened, status: response?.status() };
}

describe.skipIf(!hasBrowser)('in Chromium', () => {
  beforeAll(async () => {
    built = buildSite({ content: fixtures, env: { SITE_URL: 'https://example.org', BASE_PATH: `${base}/` } });
    expect(built.status, built.output).toBe(0);
    report = await verifySite({ contentDir: fixtures, distDir: built.out });
    server = await serve(built.out, `${base}/`);
    browser = await chromium.launch(chromeLaunchOptions());
    paths = htmlPages(built.out).map((file) => `/${file.replace(/index\.html$/, '')}`);
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads every page and all its links reach, with no console error, no failed request, nothing from elsewhere, nothing broken', async () => {
    expect(paths.length).toBe(37);
    const { page, problems } = await tab();
    const visited = new Set<string>();
    const broken: string[] = [];
    /**
     * Loads a page once in the tab, and gives the addresses on the server its links point to;
     * any other file (the favicon, a feed) is fetched: shown as a document itself, it would make
     * Chromium ask for /favicon.ico, which is no request of the site's.
     */
    const load = async (url: string): Promise<string[]> => {
      if (visited.has(url)) return [];
      visited.add(url);
      if (!/\/$|\.html$/.test(new URL(url).pathname)) {
        const status = (await page.request.get(url)).status();
        if (status !== 200) broken.push(`${url}: ${status}`);
        return [];
      }
      problems.length = 0;
      const response = await page.goto(url);
      expect(problems, url).toEqual([]);
      if (response?.status() !== 200) {
        broken.push(`${url}: ${response?.status()}`);
        return [];
      }
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], link[href]')].map((a) => (a as HTMLAnchorElement).href),
      );
      return links
        .map((link) => Object.assign(new URL(link), { hash: '' }))
        .flatMap((target) => (target.origin === server.origin ? [target.href] : []));
    };
    // First what the index's links reach, link after link; then the pages no link reaches (the 404 page).
    const queue = [at('/')];
    while (queue.length > 0) queue.push(...(await load(queue.shift()!)));
    const reached = new Set(visited);
    for (const path of paths) await load(at(path));
    expect(broken).toEqual([]);
    for (const id of report.articles.map((article) => article.id)) expect(reached, id).toContain(at(`/articles/${id}/`));
    expect(reached).toContain(at('/favicon.svg'));
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no WCAG 2.2 A/AA violations on the article, index and 404 pages (${colorScheme})`, async () => {
      const { page } = await tab({ colorScheme, bypassCSP: true });
      for (const path of [
        '/articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria/',
        '/articles/arabic-rtl/',
        '/articles/blockquotes/',
        '/',
        '/404.html',
        '/fidelity/',
        '/sources/',
        '/sources/riverside-gazette/',
        '/topics/',
        '/topics/water/',
        '/archive/',
        '/archive/2024/08/',
        '/archive/undated/',
        '/search/',
        '/originals/harbour-reopens-after-storm/',
        '/changes/harbour-reopens-after-storm/',
      ]) {
        await page.goto(at(path));
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  context: Document,
                  options: object,
                ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
              };
            }
          ).axe;
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect(violations, `${path} (${colorScheme})`).toEqual([]);
      }
      await page.close();
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`gives body text AAA contrast (7:1) on the article and index pages (${colorScheme})`, async () => {
      const { page } = await tab({ colorScheme, bypassCSP: true });
      for (const path of ['/articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria/', '/articles/arabic-rtl/', '/']) {
        await page.goto(at(path));
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  context: object,
                  options: object,
                ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
              };
            }
          ).axe;
          const result = await axe.run({ include: [['main']] }, { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } });
          return result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
        });
        expect(violations, `${path} (${colorScheme})`).toEqual([]);
      }
      await page.close();
    });
  }

  it('axe does catch a violation when there is one (so the check above can fail)', async () => {
    const { page } = await open('/', { bypassCSP: true });
    await page.evaluate(() => {
      document.querySelector('h1')!.setAttribute('style', 'color:#cfcfcf;background:#fff');
    });
    await page.addScriptTag({ content: axeSource });
    const ids = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string }> }> } }
      ).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2aa'] } })).violations.map((v) => v.id);
    });
    expect(ids).toContain('color-contrast');
    await page.close();
  });

  it('shows the credit and every quotation the verifier extracted in the browser’s own innerText', async () => {
    expect(report.ok).toBe(true);
    const { page } = await tab();
    for (const article of report.articles) {
      await page.goto(at(`/articles/${article.id}/`));
      const header = normalizeTypography(await page.locator('article header').innerText());
      expect(header, article.id).toContain(normalizeTypography(article.credit.name));
      const body = normalizeTypography(await page.locator('[data-article-body]').innerText());
      const { markdown } = readArticle(article.file, `${article.id}.md`, readFileSync(join(fixtures, `${article.id}.md`), 'utf8'));
      const quotations = findQuotations(visibleBlocks(await sourceTree(markdown)));
      expect(quotations.length).toBeGreaterThan(0);
      for (const quotation of quotations) expect(body, `${article.id}: ${quotation.text}`).toContain(normalizeTypography(quotation.text));
    }
    await page.close();
  });

  it('shows the reader who is cited and how the seed was checked, in innerText', async () => {
    const { page } = await open('/articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria/');
    const cited = await page.locator('section[aria-labelledby="cited-title"]').innerText();
    for (const source of ['SANA', 'local reports', 'the Syrian Ministry', 'Human Rights Watch', 'The Russian Foreign Ministry'])
      expect(cited).toContain(source);
    expect(cited).toContain('Quoted\n“destroying Daesh.”');
    const checked = await page.locator('[data-proof]').innerText();
    expect(checked).toMatch(/^How this page was checked\n/);
    expect(checked).toContain('1 quotation, word for word inside the marks');
    expect(checked).toContain('6 sentences, whole, with source and cue');
    expect(checked).toContain('Compared with');
    // Each cue links to its paragraph, which the browser scrolls to and marks.
    await page.locator('.cited a', { hasText: 'slammed' }).click();
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain(
      'The Russian Foreign Ministry recently slammed',
    );
    await page.close();
  });

  it('reaches the skip link and every link by keyboard, each visibly focused', async () => {
    const { page } = await open('/articles/nested-quotes/', { alone: true });
    const links = await page.locator('a[href]').count();
    const seen: string[] = [];
    for (let i = 0; i < links; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return {
          text: element.textContent?.trim() ?? '',
          href: element.getAttribute('href'),
          tag: element.tagName,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          visible: element.getBoundingClientRect().height > 0 && element.getBoundingClientRect().top >= 0,
        };
      });
      expect(focused.tag).toBe('A');
      expect(focused.outline, focused.text).toBe(true);
      expect(focused.visible, focused.text).toBe(true);
      seen.push(`${focused.text} ${focused.href}`);
    }
    expect(seen[0]).toBe('Skip to content #main');
    expect(new Set(seen).size).toBe(links);
    await page.keyboard.press('Enter').catch(() => undefined);
    await page.close();
  });

  it('the skip link moves focus to the main content', async () => {
    const { page } = await open('/articles/nested-quotes/', { alone: true });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('lays out from 320 px to 2560 px without sideways scrolling, and at 200% zoom', async () => {
    // Each page is laid out again at each width, as a window resized is.
    for (const path of ['/articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria/', '/articles/arabic-rtl/', '/']) {
      const { page } = await open(path);
      for (const width of [320, 375, 768, 1280, 2560]) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
        const measure = await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().width);
        expect(measure, `${path} at ${width}px`).toBeLessThanOrEqual(800);
      }
      await page.close();
    }
    // 200% zoom of a 1280 px window is a 640 px layout viewport at device scale 2.
    const page = await browser.newPage({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    await page.goto(`${server.origin}${base}/articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('reads right to left for Arabic, with an Arabic font stack', async () => {
    const { page } = await open('/articles/arabic-rtl/');
    const article = await page.evaluate(() => {
      const element = document.querySelector('article')!;
      const style = getComputedStyle(element);
      return { dir: element.dir, lang: element.lang, direction: style.direction, font: style.fontFamily };
    });
    expect(article).toMatchObject({ dir: 'rtl', lang: 'ar', direction: 'rtl' });
    expect(article.font).toContain('Noto Naskh Arabic');
    await page.close();
  });

  it('prints without navigation, with the source credit and its URL', async () => {
    const { page } = await open('/articles/nested-quotes/');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      nav: getComputedStyle(document.querySelector('.article-nav')!).display,
      header: getComputedStyle(document.querySelector('.site-header')!).display,
      url: getComputedStyle(document.querySelector('.credit-url')!).display,
      text: document.querySelector('.credit')!.textContent,
    }));
    expect(printed).toMatchObject({ nav: 'none', header: 'none', url: 'inline' });
    expect(printed.text).toContain('https://wire.example.org/2024/11/council-vote');
    await page.close();
  });

  it('saves screenshots of the article at 375 px and 1280 px, light and dark', async () => {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await open('/articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria/', { width, colorScheme });
        const path = join(screenshots, `seed-${width}-${colorScheme}.png`);
        const png = await page.screenshot({ path, fullPage: true });
        expect(png.length).toBeGreaterThan(10_000);
        await page.close();
      }
    }
  });

  it('finds an article by a word of its text on /search/, the only page that runs a script', async () => {
    const page: Page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${server.origin}/news/search/`);
    await page.locator('#search input').fill('bakery');
    const result = page.locator('#search a[href*="/news/articles/"]').first();
    await result.waitFor({ timeout: 10_000 });
    expect(await result.getAttribute('href')).toBe('/news/articles/blockquotes/');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says on /search/, without JavaScript, where else to look', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/news/search/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Search needs JavaScript, which is off.');
    expect(await page.locator('main noscript a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '/news/sources/',
      '/news/topics/',
      '/news/archive/',
    ]);
    await context.close();
  });
});
