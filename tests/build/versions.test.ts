/**
 * A report its source changed: imported, then imported again changed (a quotation edited, a
 * sentence removed, an attribution changed). The site shows the newest text, says the report
 * changed and when, shows exactly those edits on the changes page, keeps both originals on the
 * originals' page and for download, and the build proves every copy; an edited version list fails it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlePageFile, changesPageFile, originalPageFile, pageMarkers } from '../../src/contract.ts';
import { planImport, writePlan } from '../../src/import/plan.ts';
import type { SiteReport } from '../../src/verifier/index.ts';
import { buildSite, root, type Built } from '../helpers/build.ts';

const first = `Harbour reopens after storm
Source: [Coastal Herald](https://herald.example.com/harbour)

The harbour reopened at dawn on Tuesday, the port authority said.

"We will have every berth open by noon," the harbour master told reporters.

Fishermen said the storm had destroyed three boats.

Repairs to the sea wall will take a month, according to the city council.
`;
const second = first
  .replace('every berth', 'most berths')
  .replace('Fishermen said the storm had destroyed three boats.\n\n', '')
  .replace('the city council', 'the mayor');
const id = 'harbour-reopens-after-storm';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

let dir: string;
let built: Built;
const page = (file: string) => fromHtml(readFileSync(join(built.out, file), 'utf8'));

/** A real report of about 1,000 words (Wikinews), which its source changed once: a paragraph gone. */
const long = (() => {
  const csvFile = join(root, '../shared/corpora/realnews/raw/en/wikinews_2020.csv');
  const rows = parse<Record<string, string>>(readFileSync(csvFile, 'utf8'), { columns: true });
  const row = rows.reduce((best, candidate) =>
    Math.abs(candidate.text!.split(/\s+/).length - 1000) < Math.abs(best.text!.split(/\s+/).length - 1000) ? candidate : best,
  );
  const paragraphs = row.text!.split('\n').filter((line) => line.trim());
  const copy = (text: string[]) => `${row.title}\nSource: Wikinews\n\n${text.join('\n\n')}\n`;
  return {
    words: paragraphs.join(' ').split(/\s+/).length,
    copies: [copy(paragraphs), copy([...paragraphs.slice(0, 5), ...paragraphs.slice(6)])],
  };
})();

// One site for every test: the harbour report and the long one, each imported twice, changed between.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'versions-'));
  const input = join(dir, 'report.txt');
  const longInput = join(dir, 'long.txt');
  const options = { cwd: dir, out: 'content/articles' };
  for (const [index, text] of [first, second].entries()) {
    writeFileSync(input, text);
    writeFileSync(longInput, long.copies[index]!);
    writePlan(await planImport([input, longInput], { ...options, now: new Date(`2024-10-0${index + 2}T09:00:00Z`) }));
  }
  built = buildSite({ content: join(dir, 'content/articles'), env: { SITE_URL: 'https://example.org' } });
});

describe('a report its source changed', () => {
  it('builds, every copy proved against its own original', () => {
    expect(built.status, built.output.slice(-3000)).toBe(0);
    const report = JSON.parse(readFileSync(join(built.out, 'fidelity.json'), 'utf8')) as SiteReport;
    expect(report.ok).toBe(true);
    expect(report.articles.find((article) => article.id === id)).toMatchObject({
      ok: true,
      original: { sha256: sha(second) },
      versions: [{ sha256: sha(first) }],
    });
  });

  it('shows the newest text, and says when the source changed it', () => {
    const article = page(articlePageFile(id));
    const body = toText(select(`[${pageMarkers.body}]`, article)!);
    expect(body).toContain('most berths');
    expect(body).not.toContain('Fishermen');
    expect(toText(select('.changed', article)!).replace(/\s+/g, ' ')).toBe(
      'This report was changed 1 time by its source (October 3, 2024); this is its newest text. See what changed.',
    );
    expect(select('.changed a', article)?.properties.href).toBe(`/changes/${id}/`);
    const structured = JSON.parse(toText(select('script[type="application/ld+json"]', article)!)) as Record<string, unknown>;
    expect(structured).toMatchObject({ dateModified: '2024-10-03T09:00:00.000Z', version: 2 });
    expect(readFileSync(join(built.out, 'feed.xml'), 'utf8')).toContain('<atom:updated>2024-10-03T09:00:00.000Z</atom:updated>');
  });

  it('shows exactly the edits on the changes page, each named', () => {
    const changes = page(changesPageFile(id));
    expect(selectAll('section li', changes).map((item) => toText(item))).toEqual([
      'a quotation changed: "We will have every berth open by noon," became "We will have most berths open by noon,"',
      'an attribution removed: Fishermen said',
      'an attribution removed: according to the city council',
      'an attribution added: according to the mayor',
    ]);
    expect(selectAll(`[${pageMarkers.diff}] del`, changes).map((node) => toText(node).trim())).toEqual([
      'every',
      'berth',
      'Fishermen said the storm had destroyed three boats.',
      'city council',
    ]);
    expect(selectAll(`[${pageMarkers.diff}] ins`, changes).map((node) => toText(node).trim())).toEqual(['most', 'berths', 'mayor']);
  });

  it('keeps both originals on the originals’ page and for download', () => {
    const originals = page(originalPageFile(id));
    expect(selectAll(`pre[${pageMarkers.original}]`, originals).map((node) => toText(node).replace(/^\n/, ''))).toEqual([second, first]);
    for (const [text, file] of [
      [first, `${id}.txt`],
      [second, `${id}-${sha(second).slice(0, 8)}.txt`],
    ] as const) {
      expect(readFileSync(join(built.out, 'originals', id, file), 'utf8')).toBe(text);
    }
  });

  it('fails the build when the version list is edited by hand, naming the field', () => {
    const entry = join(dir, 'content/articles', `${id}.md`);
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/versions:\n {2}- \{[^\n]*\}\n/, ''));
    const edited = buildSite({ content: join(dir, 'content/articles') });
    expect(edited.status).not.toBe(0);
    expect(edited.output).toContain('original.previous: the version list was edited');
  });
});

describe('the budgets of a 1,000-word report with two versions', () => {
  it('keeps the article page under 10 KB and its originals and changes pages under 20 KB, gzip-compressed', () => {
    expect(long.words).toBeGreaterThan(950);
    const slug = readdirSync(join(dir, 'content/articles'))
      .map((file) => file.replace(/\.md$/, ''))
      .find((name) => name !== id)!;
    expect(existsSync(join(built.out, changesPageFile(slug)))).toBe(true);
    const gzipped = (file: string) => gzipSync(readFileSync(join(built.out, file))).length;
    expect(gzipped(articlePageFile(slug))).toBeLessThan(10 * 1024);
    expect(gzipped(originalPageFile(slug))).toBeLessThan(20 * 1024);
    expect(gzipped(changesPageFile(slug))).toBeLessThan(20 * 1024);
  });
});
