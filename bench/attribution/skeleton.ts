/**
 * `node bench/attribution/skeleton.ts <article.md>…`: writes an empty label file per article
 * (tests/fixtures/attribution/labels/<name>.json), every sentence listed, never overwriting one.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { corpusDir, skeleton } from './corpus.ts';

for (const path of process.argv.slice(2)) {
  const target = join(corpusDir, 'labels', `${basename(path, '.md')}.json`);
  if (existsSync(target)) {
    console.error(`${target} exists: left as it is`);
    continue;
  }
  writeFileSync(target, `${JSON.stringify(await skeleton(path), null, 2)}\n`);
  console.log(target);
}
