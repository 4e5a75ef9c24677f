import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { planImport, writePlan } from '../../../../src/import/plan.ts';
import { readArticleData } from '../../../../src/schema/article.ts';
import { FileReads } from '../../../../src/verifier/run/file-reads.ts';
import { proveAgainstOriginal, proveVersions } from '../../../../src/verifier/run/original.ts';
import { bodyFacts } from '../../../../src/import/imported.ts';
import { readOriginal } from '../../../../src/import/readers/index.ts';

/** A report imported three times, changed each time: an entry with two earlier copies. */
async function changedTwice() {
  const dir = mkdtempSync(join(tmpdir(), 'prove-versions-'));
  const input = join(dir, 'report.txt');
  for (const [i, text] of ['The port is open.', 'The port is open again.', 'The port is open, the mayor said.'].entries()) {
    writeFileSync(input, `Port news\nSource: Wire\n\n${text}\n`);
    writePlan(await planImport([input], { cwd: dir, out: 'content/articles', now: new Date(Date.UTC(2024, 9, 1 + i)) }));
  }
  const entry = join(dir, 'content/articles/port-news.md');
  const read = () => {
    const data = readArticleData(parseFrontmatter(readFileSync(entry, 'utf8')).frontmatter);
    return { ...data, original: data.original! };
  };
  return { dir, entry, read };
}

describe('the earlier copies of a changed report', () => {
  it('are each proved: there, the one recorded, readable, chained', async () => {
    const { dir, entry, read } = await changedTwice();
    const { shown, problems } = await proveVersions(entry, dir, read(), new FileReads());
    expect(problems).toEqual([]);
    expect(shown.map((copy) => copy.sha256)).toEqual(read().versions!.map((version) => version.sha256));
  });

  it('fail when a copy is missing or altered, naming the field', async () => {
    const { dir, entry, read } = await changedTwice();
    const [first, second] = read().versions!;
    rmSync(join(dir, 'content/articles', first!.path));
    writeFileSync(join(dir, 'content/articles', second!.path), 'Port news\nSource: Wire\n\nAltered.\n');
    expect((await proveVersions(entry, dir, read(), new FileReads())).problems.map((problem) => problem.message.split(' (')[0])).toEqual([
      'versions[0].path',
      'versions[1].sha256: versions[1].path',
    ]);
  });

  it('fail when the list is edited by hand: a copy taken out breaks the chain', async () => {
    const { dir, entry, read } = await changedTwice();
    const data = read();
    const problems = (await proveVersions(entry, dir, { ...data, versions: data.versions!.slice(1) }, new FileReads())).problems;
    expect(problems.map((problem) => problem.message)).toEqual([
      'versions[0].previous: the version list was edited: no copy comes before it',
    ]);
  });
});

describe('the byline of an imported web page', () => {
  async function imported() {
    const dir = mkdtempSync(join(tmpdir(), 'prove-byline-'));
    const input = join(dir, 'page.html');
    writeFileSync(
      input,
      '<!doctype html><html lang="en"><head><title>Port news</title><meta property="og:site_name" content="Wire"><meta name="author" content="Ana Ruiz"></head><body><article><h1>Port news</h1><p>The port is open again after the storm, the mayor said on Monday.</p></article></body></html>',
    );
    writePlan(await planImport([input], { cwd: dir, out: 'content/articles' }));
    const entry = join(dir, 'content/articles/port-news.md');
    const prove = async (edit: (text: string) => string = (text) => text) => {
      writeFileSync(entry, edit(readFileSync(entry, 'utf8')));
      const data = readArticleData(parseFrontmatter(readFileSync(entry, 'utf8')).frontmatter);
      const facts = bodyFacts((await readOriginal('html', readFileSync(input), input)).article, 'en');
      return (await proveAgainstOriginal(entry, dir, { ...data, original: data.original! }, facts, new FileReads())).problems;
    };
    return { entry, prove };
  }

  it('is the one its original gives, or none; another name fails, naming the field', async () => {
    const { entry, prove } = await imported();
    expect(readFileSync(entry, 'utf8')).toContain('\nbyline: Ana Ruiz\n');
    expect(await prove()).toEqual([]);
    const problems = await prove((text) => text.replace('byline: Ana Ruiz', 'byline: John Roe'));
    expect(problems.map(({ check, expected, found }) => ({ check, expected, found }))).toEqual([
      { check: 'original', expected: 'Ana Ruiz', found: 'John Roe' },
    ]);
    expect(problems[0]?.message).toMatch(
      /^byline: not the one the original gives \(.*\); import the original again, or remove the byline$/,
    );
    expect(await prove((text) => text.replace('byline: John Roe\n', ''))).toEqual([]);
  });
});

describe("the original's claims", () => {
  it("are the render's when the entry's text is the original's, found again from the original's text when not", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prove-claims-'));
    const input = join(dir, 'report.txt');
    writeFileSync(input, 'Port news\nSource: Wire\n\nThe port is open again, the mayor said.\n');
    writePlan(await planImport([input], { cwd: dir, out: 'content/articles' }));
    const entry = join(dir, 'content/articles/port-news.md');
    const data = readArticleData(parseFrontmatter(readFileSync(entry, 'utf8')).frontmatter);
    const prove = (facts: Parameters<typeof proveAgainstOriginal>[3]) =>
      proveAgainstOriginal(entry, dir, { ...data, original: data.original! }, facts, new FileReads());
    const blocks = ['The port is open again, the mayor said.'];
    const found = (await prove({ blocks, blockquotes: [], lang: 'en' })).source!;
    expect(found.attributions.map(({ cue, source }) => `${cue} | ${source}`)).toEqual(['said | the mayor']);
    // What a render found in these very blocks is taken as it is (a marker shows it was).
    const rendered = { attributions: [{ ...found.attributions[0]!, source: 'the render' }], quotations: [] };
    const taken = (await prove({ blocks, blockquotes: [], lang: 'en', claims: rendered, words: 8 })).source!;
    expect([taken.attributions[0]?.source, taken.words]).toEqual(['the render', 8]);
    // An entry whose text is not the original's: the original's own claims, its own count.
    const edited = (
      await prove({ blocks: ['The port is open again, the harbour master said.'], blockquotes: [], lang: 'en', claims: rendered, words: 9 })
    ).source!;
    expect([edited.attributions[0]?.source, edited.words]).toEqual(['the mayor', 8]);
  });
});
