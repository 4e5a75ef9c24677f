import { readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateOriginals } from '../bench/lib/generate.ts';
import { planImport, writePlan } from '../src/import/run.ts';
const work = '/dev/shm/ab2'; rmSync(work, { recursive: true, force: true });
generateOriginals(join(work, 'in'), 10000);
writePlan(planImport([join(work, 'in')], { cwd: work, out: 'proved/articles' }));
const proved = join(work, 'proved/articles'); const plain = join(work, 'plain/articles'); mkdirSync(plain, { recursive: true });
for (const name of readdirSync(proved)) {
  const text = readFileSync(join(proved, name), 'utf8');
  const end = text.indexOf('\n---\n', 4);
  const front = text.slice(0, end).replace(/\noriginal:\n(?: {2}.*\n?)*/, '\n').replace(/\ncleanup:\n(?:(?: {2}| {4}| {6}).*\n?|\n)*/, '\n');
  writeFileSync(join(plain, name), `${front}${text.slice(end)}`);
}
