import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/verifier/cli.ts';

function site(pageBody: string) {
  const dir = mkdtempSync(join(tmpdir(), 'verify-cli-'));
  mkdirSync(join(dir, 'content'));
  mkdirSync(join(dir, 'dist/articles/a'), { recursive: true });
  writeFileSync(join(dir, 'content/a.md'), '---\ntitle: A\nsource:\n  name: Wire\n---\n\nThe mayor said "we will rebuild."\n');
  writeFileSync(
    join(dir, 'dist/articles/a/index.html'),
    `<!doctype html><html><body><article><header><h1>A</h1><p>Source: Wire</p></header><div data-article-body>${pageBody}</div></article></body></html>`,
  );
  return dir;
}

async function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd });
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

  it('exits 2 for a missing folder or an unknown flag', async () => {
    const dir = site('');
    expect(await run(['--dist', 'nowhere'], dir)).toMatchObject({ code: 2 });
    expect((await run(['--dist', 'nowhere'], dir)).stderr).toContain('--dist: no such folder');
    expect(await run(['--bogus'], dir)).toMatchObject({ code: 2 });
  });
});
