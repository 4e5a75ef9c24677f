/**
 * `npm run bench:hostile`: builds the seed article beside each pathological input in turn and
 * prints what the site did, the wall time and the peak memory of the whole build.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { contentWithSeed } from '../tests/helpers/build.ts';
import { join, resolve } from 'node:path';
import { measure } from './harness/measure.ts';
import { pathologicalBodies } from '../tests/helpers/pathological.ts';
import { benchArgs } from './harness/args.ts';
import { markdownTable } from './harness/table.ts';

benchArgs('usage: npm run bench:hostile (no options): each pathological input built beside the seed, in turn', { options: {} });

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'bench/.work/hostile');
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
for (const name of ['SITE_URL', 'BASE_PATH']) delete env[name];

const rows: string[][] = [];
for (const [i, { name, body }] of pathologicalBodies().entries()) {
  const dir = join(work, String(i));
  rmSync(dir, { recursive: true, force: true });
  const content = contentWithSeed(dir);
  writeFileSync(join(content, 'input.md'), `---\ntitle: ${JSON.stringify(name)}\nsource:\n  name: Bench\n---\n\n${body}`);
  const result = await measure(process.execPath, [join(root, 'scripts/build.ts'), '--out', join(dir, 'dist')], {
    cwd: root,
    env: { ...env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(dir, 'cache') },
  });
  const outcome =
    result.code === 0 ? 'published' : /ArticleFileError|body, line/.test(result.output) ? 'refused by the structure guard' : 'build failed';
  rows.push([name, outcome, result.seconds.toFixed(1), result.peakMiB.toFixed(0)]);
  rmSync(dir, { recursive: true, force: true });
}

const header = ['input', 'what the site did', 'wall s', 'peak MiB'];
console.log(markdownTable(header, rows));
