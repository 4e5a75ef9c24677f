/**
 * Real reports, from their raw form to the page: the whole Wikinews corpus in
 * ../shared/corpora/realnews/raw (two English CSVs and 100 French web pages, byte for byte as
 * published) imported with the importer and built with the end-to-end proof; each of the 394
 * pages' article text is the raw text itself, typography and white space aside: no clean-up
 * changed a word (an editor's brackets in an interview stay).
 */
import { existsSync, readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageMarkers } from '../../src/contract.ts';
import { planImport, writePlan } from '../../src/import/plan.ts';
import { normalizeTypography } from '../../src/text/normalize.ts';
import type { SiteReport } from '../../src/verifier/index.ts';
import { buildSite, root, type Built } from '../helpers/build.ts';

const raw = join(root, '../shared/corpora/realnews/raw');
if (!existsSync(raw)) throw new Error(`the real corpus is read from ${raw}: shared/ beside the checkout, as CI lays it out`);
const csvFiles = ['en/wikinews_2019.csv', 'en/wikinews_2020.csv'].map((file) => join(raw, file));
const frenchPages = readdirSync(join(raw, 'fr'))
  .filter((name) => name.endsWith('.html'))
  .sort()
  .map((name) => join(raw, 'fr', name));

/** Text as a reader compares it: typography and white space aside. */
const plain = (text: string) => normalizeTypography(text).replace(/\s+/g, ' ');

let dir: string;
let built: Built;
let report: SiteReport;
const rawTextByTitle = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'realnews-'));
  const options = { cwd: dir, out: 'content/articles' };
  const english = await planImport(csvFiles, options);
  writePlan(english);
  writePlan(await planImport(frenchPages, { ...options, sourceName: 'Wikinews', lang: 'fr' }));
  built = buildSite({ content: join(dir, 'content/articles') });
  report = JSON.parse(readFileSync(join(built.out, 'fidelity.json'), 'utf8')) as SiteReport;
  // The raw text of each report: the CSV's text column (without the dateline that repeats the
  // row's date), and each web page's body text under its headline.
  for (const record of csvFiles.flatMap((file) => parse<Record<string, string>>(readFileSync(file, 'utf8'), { columns: true }))) {
    rawTextByTitle.set(record.title!.trim(), record.text!.replace(/^\s*\w+day, \w+ \d{1,2}, \d{4}\s*\n/, ''));
  }
  for (const page of frenchPages) {
    const tree = fromHtml(readFileSync(page, 'utf8'));
    const title = toText(select('h1', tree)!).trim();
    rawTextByTitle.set(title, toText(select('body', tree)!).replace(title, ''));
  }
});

describe('the real Wikinews corpus, imported from raw and built', () => {
  it('passes the fidelity check, every page proved against its original', () => {
    expect(built.status, built.output.slice(-3000)).toBe(0);
    const total = report.articles.length;
    // The whole corpus: 294 English rows (one row of the 2020 file has no text) and 100 French pages.
    expect(total).toBe(394);
    expect(built.output).toContain(`fidelity: ${total}/${total} articles pass`);
    expect(report.articles.every((article) => article.original?.sha256.length === 64)).toBe(true);
  });

  it('shows on each page the raw text of its report, typography aside', () => {
    let compared = 0;
    for (const article of report.articles) {
      const html = readFileSync(join(built.out, article.page), 'utf8');
      const tree = fromHtml(html);
      const title = toText(select('article h1', tree)!).trim();
      const rawText = rawTextByTitle.get(title);
      if (rawText === undefined) continue;
      expect(plain(toText(select(`[${pageMarkers.body}]`, tree)!)), article.id).toBe(plain(rawText));
      compared++;
    }
    expect(compared).toBe(report.articles.length);
  });
});
