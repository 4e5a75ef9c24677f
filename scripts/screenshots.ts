/**
 * `node scripts/screenshots.ts [DIST]`: screenshots of the built article and index pages at
 * phone and desktop widths, light and dark, into test-output/screenshots/ (git ignores it).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeLaunchOptions } from '../tests/helpers/browser.ts';
import { htmlPages } from '../tests/helpers/site.ts';
import { serve } from '../tests/helpers/serve.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const out = resolve('test-output/screenshots');
mkdirSync(out, { recursive: true });
const server = await serve(dist);
const browser = await chromium.launch(chromeLaunchOptions());
const pages = htmlPages(dist).filter(
  (file) =>
    file === 'index.html' || file === '404.html' || ['articles/', 'fidelity/', 'originals/'].some((folder) => file.startsWith(folder)),
);
for (const file of pages) {
  for (const [label, width, height] of [
    ['phone', 375, 812],
    ['desktop', 1280, 900],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      await page.goto(`${server.origin}/${file.replace(/index\.html$/, '')}`);
      const name = `${file.replace(/\/?index\.html$/, '').replace(/[/.]/g, '_') || 'index'}-${label}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      await page.close();
    }
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
