import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImportCli } from '../../../src/import/cli.ts';
import { root } from '../../helpers/build.ts';

const seedFile = join(root, 'tests/fixtures/seed/000_7324fdaa959f27c2.txt');

describe('npm run import', () => {
  async function cli(args: string[], cwd: string) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runImportCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false, cwd });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  }

  it('--help prints the options and exit codes', async () => {
    const result = await cli(['--help'], tmpdir());
    expect(result.code).toBe(0);
    for (const text of ['--format', '--source-name', '--lang', '--out', '--dry-run', '--json', 'exit codes'])
      expect(result.stdout).toContain(text);
  });

  it('--dry-run says what it would write and writes nothing; --json is JSON only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const dry = await cli([seedFile, '--dry-run'], dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('would import 1 article(s): 1 new');
    expect(readdirSync(dir)).toEqual([]);
    const json = await cli([seedFile, '--json'], dir);
    expect(JSON.parse(json.stdout)).toMatchObject({ dryRun: false, new: 1, articles: [{ status: 'new', cleanups: 4 }] });
  });

  it('exits 2, naming the problem, for bad input or usage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
    expect(await cli([], dir)).toMatchObject({ code: 2 });
    expect(await cli(['nowhere.txt'], dir)).toMatchObject({
      code: 2,
      stderr: 'import: nowhere.txt: no such file or folder\nnothing was written',
    });
    expect(await cli([seedFile, '--format', 'pdf'], dir)).toMatchObject({ code: 2 });
  });
});

describe('scripts/import.ts as a process', () => {
  it('stops quietly, with the exit code of the import, when its reader closes the pipe early (`| head`)', () => {
    // A shell pipe, as a user types it: Node's own child pipes buffer more than the output.
    const script = `"${process.execPath}" "${join(root, 'scripts/import.ts')}" "${join(root, '../shared/corpora/realnews/raw/en')}" --dry-run --json | head -c 10 >/dev/null; exit \${PIPESTATUS[0]}`;
    const result = spawnSync('bash', ['-c', script], { cwd: mkdtempSync(join(tmpdir(), 'import-pipe-')), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    // 1: the corpus holds one row with no text, listed in the JSON nobody read to the end.
    expect(result.status).toBe(1);
  });
});
