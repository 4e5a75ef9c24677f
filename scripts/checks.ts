/**
 * `npm run checks`: the static checks (types with `astro check`, format with Prettier, lint with
 * ESLint) side by side, for they are independent and each mostly uses one core; each one's
 * output is printed whole when it ends. Exit code: 0 when all pass, else 1, naming each that failed.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => resolve(root, 'node_modules/.bin', name);
const checks: Array<[name: string, command: string, args: string[]]> = [
  ['astro check', bin('astro'), ['check']],
  ['prettier --check .', bin('prettier'), ['--check', '.']],
  ['eslint .', bin('eslint'), ['.']],
];

function run([name, command, args]: (typeof checks)[number]): Promise<{ name: string; ok: boolean }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => {
      process.stdout.write(`✗ ${name}: ${error.message}\n`);
      done({ name, ok: false });
    });
    child.on('close', (code) => {
      process.stdout.write(`${code === 0 ? '✓' : '✗'} ${name}\n${Buffer.concat(output).toString()}\n`);
      done({ name, ok: code === 0 });
    });
  });
}

const results = await Promise.all(checks.map(run));
const failed = results.filter((result) => !result.ok).map((result) => result.name);
if (failed.length > 0) process.stdout.write(`checks failed: ${failed.join(', ')}\n`);
process.exitCode = failed.length > 0 ? 1 : 0;
