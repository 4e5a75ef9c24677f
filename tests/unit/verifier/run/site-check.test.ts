import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePage } from '../../../helpers/page.ts';
import { InputError, type ArticleJob } from '../../../../src/verifier/run/article-job.ts';
import { digestText } from '../../../../src/verifier/run/build-cache.ts';
import { startSiteCheck, type SiteCheckOptions } from '../../../../src/verifier/run/site-check.ts';
import type { SourceFacts } from '../../../../src/text/source-facts.ts';

const text = '---\ntitle: A\nsource:\n  name: Wire\n---\n\nThe mayor said "we will rebuild."\n';
const facts: SourceFacts = { blocks: ['The mayor said "we will rebuild."'], blockquotes: [], lang: 'en' };
const page = (body: string) => articlePage(`<p>${body}</p>`);

/** `count` articles a0, a1, … with their content files; no pages yet. */
function folder(count: number): { dir: string; jobs: ArticleJob[] } {
  const dir = mkdtempSync(join(tmpdir(), 'siteCheck-'));
  mkdirSync(join(dir, 'content'));
  const jobs = Array.from({ length: count }, (_, i) => {
    writeFileSync(join(dir, `content/a${i}.md`), text);
    return {
      path: join(dir, `content/a${i}.md`),
      relativePath: `a${i}.md`,
      file: `content/a${i}.md`,
      cwd: dir,
      publicDir: join(dir, 'public'),
    };
  });
  return { dir, jobs };
}

function writePages(dir: string, count: number, body: (i: number) => string): string {
  for (let i = 0; i < count; i++) {
    mkdirSync(join(dir, `dist/articles/a${i}`), { recursive: true });
    writeFileSync(join(dir, `dist/articles/a${i}/index.html`), page(body(i)));
  }
  return join(dir, 'dist');
}

// 250 articles go to worker threads (PARALLEL_FROM is 200); 5 stay on this thread.
const ways: Array<[string, number, SiteCheckOptions]> = [
  ['on this thread', 5, {}],
  ['on worker threads', 250, { workers: 2 }],
  ['on worker threads, one batch at a time', 250, { workers: 2, background: true }],
];

describe('startSiteCheck', () => {
  it.each(ways)('prepares before the pages exist, then checks each page (%s)', async (_, count, options) => {
    const { dir, jobs } = folder(count);
    const siteCheck = startSiteCheck(
      jobs.map((job) => ({ ...job, facts })),
      options,
    );
    const summaries = await Promise.all(
      jobs.map((job) => siteCheck.prepared.get(job.path) ?? Promise.reject(new Error(`${job.path} was not prepared`))),
    );
    expect(summaries).toEqual(jobs.map(() => ({ hash: digestText(text), origin: 'build' })));
    // The pages appear only now, as in a build; one of them lost a word of its quotation.
    const distDir = writePages(dir, count, (i) => (i === 3 ? 'The mayor said “we will build.”' : 'The mayor said “we will rebuild.”'));
    const verified = await siteCheck.check(jobs, distDir);
    await siteCheck.close();
    expect(verified.map(({ report }) => report.id)).toEqual(jobs.map((_, i) => `a${i}`));
    expect(verified.filter(({ report }) => !report.ok).map(({ report }) => report.id)).toEqual(['a3']);
    // Its "Who is cited" section (written from its text, as tests/helpers/page.ts does) quotes the lost word too.
    expect(verified[3]?.report.failures.map((failure) => failure.check)).toEqual(['quote', 'attribution', 'text', 'cited', 'cited']);
    expect(verified[0]).toMatchObject({
      origin: 'build',
      report: { quotes: { ok: 1 }, attributions: { ok: 1, items: [{ cue: 'said', source: 'The mayor' }] } },
    });
  });

  it('checks pages soon after they are written, and holds the pages at the end to what was checked', async () => {
    const { dir, jobs } = folder(250);
    const siteCheck = startSiteCheck(
      jobs.map((job) => ({ ...job, facts })),
      { workers: 2, background: true },
    );
    const good = 'The mayor said “we will rebuild.”';
    const lost = 'The mayor said “we will build.”';
    // The pages are written as the build generates them; a4's lost a word.
    const distDir = writePages(dir, 250, (i) => (i === 4 ? lost : good));
    // Every page but the last is said to be generated: all but the last batches are checked now.
    jobs.slice(0, -1).forEach((job) => siteCheck.checkEarly?.(job, distDir));
    await new Promise((resolve) => setTimeout(resolve, 500));
    // a3 changes once checked (another integration rewrote it, say).
    writePages(dir, 4, (i) => (i === 3 ? lost : good));
    const verified = await siteCheck.check(jobs, distDir);
    await siteCheck.close();
    expect(verified.map(({ report }) => report.id)).toEqual(jobs.map((_, i) => `a${i}`));
    expect(verified.filter(({ report }) => !report.ok).map(({ report }) => report.id)).toEqual(['a3', 'a4']);
    // Its "Who is cited" section (written from its text, as tests/helpers/page.ts does) quotes the lost word too.
    expect(verified[3]?.report.failures.map((failure) => failure.check)).toEqual(['quote', 'attribution', 'text', 'cited', 'cited']);
    expect(verified[0]).toMatchObject({
      origin: 'build',
      report: { ok: true, attributions: { ok: 1, items: [{ cue: 'said', source: 'The mayor' }] } },
    });
    expect(verified.at(-1)).toMatchObject({ origin: 'build', report: { ok: true } });
  });

  it.each(ways)(
    'reads a source neither the build nor the cache had, and hands its facts back for the cache (%s)',
    async (_, count, options) => {
      const { jobs } = folder(count);
      const siteCheck = startSiteCheck(jobs, options);
      const summary = await siteCheck.prepared.get(jobs[0]!.path);
      await siteCheck.close();
      expect(summary).toEqual({ hash: digestText(text), origin: 'read', facts });
    },
  );

  it.each(ways)('checks an article added after the siteCheck started (%s)', async (_, count, options) => {
    const { dir, jobs } = folder(count);
    const siteCheck = startSiteCheck(jobs.slice(0, -1), options);
    const distDir = writePages(dir, count, () => 'The mayor said “we will rebuild.”');
    const verified = await siteCheck.check(jobs, distDir);
    await siteCheck.close();
    expect(verified.every(({ report }) => report.ok)).toBe(true);
    expect(verified.at(-1)).toMatchObject({ origin: 'read', report: { id: `a${count - 1}` } });
  });

  it.each(ways)('takes an earlier check as it was only while every file it read reads the same (%s)', async (_, count, options) => {
    const { dir, jobs } = folder(count);
    const good = 'The mayor said “we will rebuild.”';
    let distDir = writePages(dir, count, () => good);
    const first = startSiteCheck(jobs, options);
    const before = await first.check(jobs, distDir);
    await first.close();
    expect(before.every(({ report, reads }) => report.ok && reads !== undefined)).toBe(true);

    // The next build: a1's entry lost a word of its quotation, a2's page did; the rest as they were.
    writeFileSync(jobs[1]!.path, text.replace('rebuild', 'build'));
    distDir = writePages(dir, count, (i) => (i === 2 ? 'The mayor said “we will build.”' : good));
    const kept = jobs.map((job, i) => ({
      ...job,
      checked: { reads: before[i]!.reads!, report: before[i]!.report, origin: before[i]!.origin },
    }));
    const second = startSiteCheck(kept, options);
    kept.forEach((job) => second.checkEarly?.(job, distDir));
    const after = await second.check(kept, distDir);
    await second.close();
    expect(
      after.map(({ reused, report }) => `${report.id}: ${reused ? 'reused' : 'checked'}, ${report.ok ? 'ok' : 'failed'}`).slice(0, 4),
    ).toEqual(['a0: reused, ok', 'a1: checked, failed', 'a2: checked, failed', 'a3: reused, ok']);
    expect(after[0]).toMatchObject({ origin: 'cache', report: before[0]!.report });
    expect(after.filter(({ reused }) => reused)).toHaveLength(count - 2);
  });

  it.each(ways)('stops with an input error naming the file (%s)', async (_, count, options) => {
    const { dir, jobs } = folder(count);
    writeFileSync(jobs[1]!.path, text.replace('source:\n  name: Wire\n', ''));
    const siteCheck = startSiteCheck(jobs, options);
    await expect(siteCheck.prepared.get(jobs[1]!.path)).rejects.toThrow(InputError);
    await expect(siteCheck.prepared.get(jobs[0]!.path)).resolves.toMatchObject({ origin: 'read' });
    const check = siteCheck.check(jobs, join(dir, 'dist'));
    await expect(check).rejects.toThrow(InputError);
    await expect(check).rejects.toThrow('content/a1.md: source: source is required');
    await siteCheck.close();
  });
});

describe('a verifier thread that fails', () => {
  it('runs out of memory: the check stops within seconds, naming the articles it held', async () => {
    const { dir, jobs } = folder(250);
    // One long article read from its Markdown on a thread with a small heap.
    const paragraph = 'The ministry said "we will rebuild the bridge" on Monday, according to SANA. '.repeat(20);
    writeFileSync(jobs[0]!.path, `${text}\n${Array.from({ length: 1000 }, () => paragraph).join('\n\n')}`);
    const started = performance.now();
    const siteCheck = startSiteCheck(jobs, { workers: 2, resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 } });
    const check = siteCheck.check(
      jobs,
      writePages(dir, 250, () => 'The mayor said “we will rebuild.”'),
    );
    await expect(check).rejects.toThrow(
      /^the fidelity check stopped while preparing content\/a0\.md, content\/a1\.md, .* and 195 more: its thread ran out of memory$/,
    );
    await siteCheck.close();
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});
