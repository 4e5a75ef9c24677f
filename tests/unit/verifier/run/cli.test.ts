import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVerifyCli } from '../../../../src/verifier/run/cli.ts';
import type { SiteRun } from '../../../../src/verifier/run/site.ts';
import { articlePage } from '../../../helpers/page.ts';

const article = '---\ntitle: A\nsource:\n  name: Wire\n---\n\nThe mayor said "we will rebuild."\n';

/** A content folder and its built pages; `count` articles, all alike but for their names. */
function site(pageBody: string, count = 1) {
  const dir = mkdtempSync(join(tmpdir(), 'verify-cli-'));
  mkdirSync(join(dir, 'content'));
  for (let i = 0; i < count; i++) {
    const name = i === 0 ? 'a' : `a${i}`;
    mkdirSync(join(dir, `dist/articles/${name}`), { recursive: true });
    writeFileSync(join(dir, `content/${name}.md`), article);
    writeFileSync(join(dir, `dist/articles/${name}/index.html`), articlePage(pageBody));
  }
  return dir;
}

async function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runVerifyCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false, cwd });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('npm run verify', () => {
  it('exits 0 and prints one line per article when all is well', async () => {
    const result = await run(['--content', 'content'], site('<p>The mayor said “we will rebuild.”</p>'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('✓ a: credit ok, 1/1 quotes ok, 1/1 attributions ok, 6/6 words matched');
  });

  it('exits 1 naming the article, the check, the expected text and what the page has', async () => {
    const result = await run(['--content', 'content'], site('<p>The mayor said “we will leave.”</p>'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ a:');
    expect(result.stdout).toContain('[quote] content/a.md');
    expect(result.stdout).toContain('expected: "we will rebuild."');
    expect(result.stdout).toContain('page has: The mayor said “we will leave.”');
  });

  it('prints only JSON with --json', async () => {
    const result = await run(['--content', 'content', '--json'], site('<p>The mayor said “we will rebuild.”</p>'));
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, totals: { articles: 1, quotes: 1, attributions: 1 } });
  });

  it('--help prints the options and the exit codes', async () => {
    const result = await run(['--help'], site(''));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    for (const text of [
      '--dist DIR',
      '--content DIR',
      '--public DIR',
      '--json',
      '--quiet',
      'exit codes: 0 every check passes, 1 a check failed, 2 usage or input error',
    ]) {
      expect(result.stdout).toContain(text);
    }
  });

  it('exits 2 for a missing folder or an unknown flag', async () => {
    const dir = site('');
    expect(await run(['--dist', 'nowhere'], dir)).toMatchObject({ code: 2 });
    expect((await run(['--dist', 'nowhere'], dir)).stderr).toContain('--dist: no such folder');
    expect(await run(['--bogus'], dir)).toMatchObject({ code: 2 });
  });

  // 250 articles are checked on worker threads (PARALLEL_FROM is 200), one alone on this thread.
  it.each([1, 250])('exits 2 naming the file when an article has no source to credit (%i articles)', async (count) => {
    const dir = site('<p>The mayor said “we will rebuild.”</p>', count);
    writeFileSync(join(dir, 'content/a.md'), article.replace('source:\n  name: Wire\n', ''));
    const result = await run(['--content', 'content'], dir);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('content/a.md: source: source is required');
  });

  it('checks many articles on worker threads with the same results', async () => {
    const result = await run(['--content', 'content', '--json'], site('<p>The mayor said “we will leave.”</p>', 250));
    const report = JSON.parse(result.stdout) as SiteRun;
    expect(result.code).toBe(1);
    expect(report.totals).toMatchObject({ articles: 250, failed: 250, quotes: 250, attributions: 250 });
    expect(report.sources).toEqual({ build: 0, cache: 0, read: 250 });
    expect(report.articles[0]!.failures.map((failure) => failure.check)).toEqual(['quote', 'attribution', 'text', 'cited', 'cited']);
  });
});
