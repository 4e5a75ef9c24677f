import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePage } from '../helpers/page.ts';
import { digestText } from '../../src/verifier/run/facts-cache.ts';
import type { SourceFacts } from '../../src/text/source-facts.ts';
import { checkPrepared, InputError, prepareArticle, type ArticleJob } from '../../src/verifier/run/article-job.ts';

const text = '---\ntitle: A\nsource:\n  name: Wire\n---\n\nThe mayor said "we will rebuild."\n';
const facts: SourceFacts = { blocks: ['The mayor said "we will rebuild."'], blockquotes: [], lang: 'en' };
const page = (body: string) => articlePage(`<p>${body}</p>`);

function folder(): { dir: string; job: ArticleJob } {
  const dir = mkdtempSync(join(tmpdir(), 'article-job-'));
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content/a.md'), text);
  return { dir, job: { path: join(dir, 'content/a.md'), relativePath: 'a.md', file: 'content/a.md', publicDir: join(dir, 'public') } };
}

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
    const stale = await prepareArticle({ ...job, cached: { hash: digestText('older text'), facts: { ...facts, blocks: ['Other words.'] } } });
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
    const report = await checkPrepared(prepared, '/nonexistent');
    expect(report.ok).toBe(false);
    expect(report.failures[0]?.message).toMatch(/^could not compare the article: /);
  });
});

describe('checkPrepared', () => {
  it('checks the page in the site folder', async () => {
    const { dir, job } = folder();
    const prepared = await prepareArticle({ ...job, facts });
    mkdirSync(join(dir, 'dist/articles/a'), { recursive: true });
    writeFileSync(join(dir, 'dist/articles/a/index.html'), page('The mayor said “we will rebuild.”'));
    expect(await checkPrepared(prepared, join(dir, 'dist'))).toMatchObject({ ok: true, quotes: { ok: 1 }, attributions: { ok: 1 } });
    writeFileSync(join(dir, 'dist/articles/a/index.html'), page('The mayor said “we will leave.”'));
    expect((await checkPrepared(prepared, join(dir, 'dist'))).failures.map((failure) => failure.check)).toEqual(['quote', 'attribution', 'text']);
  });

  it('reports a page that was not built', async () => {
    const { job } = folder();
    const report = await checkPrepared(await prepareArticle({ ...job, facts }), '/nonexistent');
    expect(report.failures).toEqual([{ check: 'page', message: 'no page was built for this article', expected: 'articles/a/index.html', found: '(missing)' }]);
  });
});
