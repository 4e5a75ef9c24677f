/**
 * `npm run checks`: the static checks (types with `astro check`, format with Prettier, lint with
 * ESLint) side by side, for each mostly uses one core; each one's output is printed whole when it
 * ends. First `astro sync` writes the types of the content collections and `astro:*` modules,
 * which the type check and the type-aware lint both read. Exit code: 0 when all pass, else 1,
 * naming each that failed.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => resolve(root, 'node_modules/.bin', name);
type Check = [name: string, command: string, args: string[]];
const sync: Check = ['astro sync', bin('astro'), ['sync']];
const checks: Check[] = [
  ['astro check', bin('astro'), ['check', '--noSync']],
  ['prettier --check .', bin('prettier'), ['--check', '.']],
  ['eslint .', bin('eslint'), ['.']],
];

function run([name, command, args]: Check): Promise<{ name: string; ok: boolean }> {
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

const synced = await run(sync);
const results = synced.ok ? await Promise.all(checks.map(run)) : [synced];
const failed = results.filter((result) => !result.ok).map((result) => result.name);
if (failed.length > 0) process.stdout.write(`checks failed: ${failed.join(', ')}\n`);
process.exitCode = failed.length > 0 ? 1 : 0;
