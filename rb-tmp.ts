import { readWebPage } from './src/import/readers/web-page.ts';
import { literalMarkdown } from './src/import/entry.ts';
import { newsPage } from './tests/helpers/archives.ts';
import { seedReport } from './tests/helpers/generate.ts';
const pages = Array.from({ length: 600 }, (_, i) => { const { title, paragraphs } = seedReport(i); return newsPage({ title, site: 'Example Wire', author: `Desk ${i % 50}`, paragraphs }); });
for (let round = 0; round < 8; round++) {
  const t = performance.now();
  let out = '';
  for (const [i, html] of pages.entries()) { const a = readWebPage(html, `p${i}`, { url: `https://wire.example/${i}` }); out += literalMarkdown(a.body).length; }
  console.log(process.env.TAG, ((performance.now() - t) / pages.length).toFixed(3), 'ms/page');
}
