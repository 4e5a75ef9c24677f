/**
 * `node bench/attribution/skeleton.ts [--held-out] <article.md>…`: writes an empty label file per
 * article (tests/fixtures/attribution/labels/<name>.json, or held-out/), every sentence listed,
 * never overwriting one.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { corpusDir, skeleton } from '../../tests/helpers/attribution/corpus.ts';

const args = process.argv.slice(2);
const set = args.includes('--held-out') ? 'held-out' : 'labels';
for (const path of args.filter((arg) => arg !== '--held-out')) {
  const target = join(corpusDir, set, `${basename(path, '.md')}.json`);
  if (existsSync(target)) {
    console.error(`${target} exists: left as it is`);
    continue;
  }
  writeFileSync(target, `${JSON.stringify(await skeleton(path), null, 2)}\n`);
  console.log(target);
}
