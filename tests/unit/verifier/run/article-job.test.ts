import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePage } from '../../../helpers/page.ts';
import { planImport, writePlan } from '../../../../src/import/plan.ts';
import { digestText } from '../../../../src/verifier/run/build-cache.ts';
import type { SourceFacts } from '../../../../src/text/source-facts.ts';
import { pageMarkers } from '../../../../src/contract.ts';
import {
  checkArticlePage,
  checkOriginalPages,
  InputError,
  prepareArticle,
  readPageFile,
  type ArticleJob,
  type PreparedArticle,
} from '../../../../src/verifier/run/article-job.ts';

const text = '---\ntitle: A\nsource:\n  name: Wire\n---\n\nThe mayor said "we will rebuild."\n';
const facts: SourceFacts = { blocks: ['The mayor said "we will rebuild."'], blockquotes: [], lang: 'en' };
const page = (body: string) => articlePage(`<p>${body}</p>`);

function folder(): { dir: string; job: ArticleJob } {
  const dir = mkdtempSync(join(tmpdir(), 'article-job-'));
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content/a.md'), text);
  return {
    dir,
    job: { path: join(dir, 'content/a.md'), relativePath: 'a.md', file: 'content/a.md', cwd: dir, publicDir: join(dir, 'public') },
  };
}

/** An article's report against its page in `distDir`, as a site check makes it. */
const checkPage = (prepared: PreparedArticle, distDir: string) => checkArticlePage(prepared, readPageFile(prepared, distDir)).report;

describe('prepareArticle', () => {
  it('uses the source as the build read it, and leaves the Markdown behind', async () => {
    const { job } = folder();
    const prepared = await prepareArticle({ ...job, facts });
    expect(prepared).toMatchObject({ origin: 'build', pagePath: 'articles/a/index.html', hash: digestText(text) });
    expect(prepared.input).toEqual({ id: 'a', file: 'content/a.md', title: 'A', source: { name: 'Wire' }, lang: 'en' });
    expect(prepared.source?.quotations.map((quote) => quote.text)).toEqual(['"we will rebuild."']);
  });

  it('uses an earlier build’s reading only for the very text it was read from', async () => {
    const { job } = folder();
    expect((await prepareArticle({ ...job, cached: { hash: digestText(text), facts } })).origin).toBe('cache');
    const stale = await prepareArticle({
      ...job,
      cached: { hash: digestText('older text'), facts: { ...facts, blocks: ['Other words.'] } },
    });
    expect(stale.origin).toBe('read');
    expect(stale.source?.blocks).toEqual(['The mayor said "we will rebuild."']);
  });

  it('raises an input error for a file it cannot read', async () => {
    const { job } = folder();
    await expect(prepareArticle({ ...job, path: `${job.path}.missing` })).rejects.toThrow(InputError);
  });

  it('keeps a source it cannot analyse as that article’s failure', async () => {
    const { job } = folder();
    const prepared = await prepareArticle({ ...job, facts: { ...facts, blocks: null as unknown as string[] } });
    expect(prepared.source).toBeUndefined();
    const report = checkPage(prepared, '/nonexistent');
    expect(report.ok).toBe(false);
    expect(report.failures[0]?.message).toMatch(/^could not compare the article: /);
  });
});

describe('checkArticlePage', () => {
  it('checks the page in the site folder', async () => {
    const { dir, job } = folder();
    const prepared = await prepareArticle({ ...job, facts });
    mkdirSync(join(dir, 'dist/articles/a'), { recursive: true });
    writeFileSync(join(dir, 'dist/articles/a/index.html'), page('The mayor said “we will rebuild.”'));
    expect(checkPage(prepared, join(dir, 'dist'))).toMatchObject({ ok: true, quotes: { ok: 1 }, attributions: { ok: 1 } });
    writeFileSync(join(dir, 'dist/articles/a/index.html'), page('The mayor said “we will leave.”'));
    expect(checkPage(prepared, join(dir, 'dist')).failures.map((failure) => failure.check)).toEqual([
      'quote',
      'attribution',
      'text',
      'cited',
      'cited',
    ]);
  });

  it('reports a page that was not built', async () => {
    const { job } = folder();
    const report = checkPage(await prepareArticle({ ...job, facts }), '/nonexistent');
    expect(report.failures).toEqual([
      { check: 'page', message: 'no page was built for this article', expected: 'articles/a/index.html', found: '(missing)' },
    ]);
  });
});

describe('an imported article, proved against its original', () => {
  const original =
    'A harbour report\nSource: [Coastal Herald](#)\n\nThe pilot said "+ 5 knots" was the limit.\n\nThe port [Reopened] at dawn.\n';

  /** An imported entry in a content folder, and its job. */
  async function imported(): Promise<{ dir: string; job: ArticleJob; entry: string; originalPath: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'imported-'));
    const input = join(dir, 'report.txt');
    writeFileSync(input, original);
    writePlan(await planImport([input], { cwd: dir, out: 'content/articles' }));
    const entry = join(dir, 'content/articles/a-harbour-report.md');
    const job = {
      path: entry,
      relativePath: 'a-harbour-report.md',
      file: 'content/articles/a-harbour-report.md',
      cwd: dir,
      publicDir: join(dir, 'public'),
    };
    return { dir, job, entry, originalPath: join(dir, 'content/originals/a-harbour-report.txt') };
  }

  function pageOf(dir: string, paragraphs: string[]): string {
    const distDir = join(dir, 'dist');
    mkdirSync(join(distDir, 'articles/a-harbour-report'), { recursive: true });
    writeFileSync(
      join(distDir, 'articles/a-harbour-report/index.html'),
      articlePage(paragraphs.map((text) => `<p>${text}</p>`).join(''), { credit: 'Source: Coastal Herald', changes: 2 }),
    );
    return distDir;
  }

  const shown = ['The pilot said “+ 5 knots” was the limit.', 'The port Reopened at dawn.'];

  it('passes when the page shows the original’s text, and names the original it was checked against', async () => {
    const { dir, job } = await imported();
    const report = checkPage(await prepareArticle(job), pageOf(dir, shown));
    expect(report.failures).toEqual([]);
    expect(report.original?.path).toBe('../originals/a-harbour-report.txt');
    expect(report.original?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('holds the original’s page and download to the original: every character shown, the very bytes offered', async () => {
    const { dir, job, originalPath } = await imported();
    const prepared = await prepareArticle(job);
    const sha = prepared.input.original!.sha256;
    const distDir = pageOf(dir, shown);
    const download = join(distDir, 'originals/a-harbour-report/a-harbour-report.txt');
    const shownPage = (text: string) =>
      `<html><body><pre ${pageMarkers.original}="${sha}">\n${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre></body></html>`;
    mkdirSync(dirname(download), { recursive: true });
    expect(checkOriginalPages(prepared, distDir).map((failure) => failure.message)).toEqual([
      'originals/a-harbour-report/index.html was not built',
      'originals/a-harbour-report/a-harbour-report.txt was not built',
    ]);
    copyFileSync(originalPath, download);
    writeFileSync(join(distDir, 'originals/a-harbour-report/index.html'), shownPage(original));
    expect(checkOriginalPages(prepared, distDir)).toEqual([]);
    writeFileSync(download, original.replace('dawn', 'dusk'));
    writeFileSync(join(distDir, 'originals/a-harbour-report/index.html'), shownPage(original.replace('[Reopened]', 'Reopened')));
    expect(checkOriginalPages(prepared, distDir).map((failure) => failure.message)).toEqual([
      'the original offered for download (originals/a-harbour-report/a-harbour-report.txt) is not the one the entry records',
      `the original's page (originals/a-harbour-report/index.html) does not show the original ${sha} as it arrived`,
    ]);
  });

  it('fails when the page loses a mark the words alone would not show', async () => {
    const { dir, job } = await imported();
    const report = checkPage(await prepareArticle(job), pageOf(dir, ['The pilot said “5 knots” was the limit.', shown[1]!]));
    expect(report.failures.map((failure) => failure.message)).toContain("the page's text differs from the original's at character 16");
  });

  it('fails when the original changed since it was imported', async () => {
    const { dir, job, originalPath } = await imported();
    writeFileSync(originalPath, original.replace('dawn', 'dusk'));
    const report = checkPage(await prepareArticle(job), pageOf(dir, shown));
    expect(report.failures[0]?.message).toMatch(
      /^the original changed since it was imported \(content\/originals\/a-harbour-report\.txt\): its sha256 is not the one the entry records$/,
    );
  });

  it('fails when the entry was edited beyond its log, or its log was', async () => {
    const { dir, job, entry } = await imported();
    const text = readFileSync(entry, 'utf8');
    writeFileSync(entry, text.replace('at dawn', 'at noon'));
    const edited = checkPage(await prepareArticle(job), pageOf(dir, shown));
    expect(edited.failures[0]?.message).toBe(
      "the entry was edited beyond its clean-up log: its text differs from the original's at character 63",
    );
    const withoutOneChange = text.replace("  - {rule: orphan-brackets, before: '[Reopened]', after: Reopened}\n", '');
    expect(withoutOneChange).not.toBe(text);
    writeFileSync(entry, withoutOneChange);
    const relogged = checkPage(await prepareArticle(job), pageOf(dir, shown));
    expect(relogged.failures[0]?.message).toBe("the entry's clean-up log is not what importing the original gives");
  });
});
