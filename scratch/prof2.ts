import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateOriginals } from '../bench/lib/generate.ts';
import { planImport, writePlan } from '../src/import/run.ts';
import { prepareArticle } from '../src/verifier/run/article-job.ts';
import { readSourceFacts } from '../src/markdown/source.ts';
import { parseFrontmatter } from '@astrojs/markdown-remark';
const work = '/dev/shm/prof2'; rmSync(work, { recursive: true, force: true });
generateOriginals(join(work, 'in'), 2000);
writePlan(planImport([join(work, 'in')], { cwd: work, out: 'content/articles' }));
const dir = join(work, 'content/articles');
const jobs = [];
for (const name of readdirSync(dir)) {
  const path = join(dir, name);
  const facts = await readSourceFacts(parseFrontmatter(readFileSync(path, 'utf8')).content, 'en');
  jobs.push({ path, relativePath: name, file: name, cwd: work, publicDir: '/nonexistent', facts });
}
const { Session } = await import('node:inspector/promises');
const session = new Session(); session.connect();
await session.post('Profiler.enable'); await session.post('Profiler.start');
for (let r = 0; r < 3; r++) for (const job of jobs) await prepareArticle(job);
const { profile } = await session.post('Profiler.stop') as any;
const self = new Map<string, number>();
const dt = profile.timeDeltas as number[]; const samples = profile.samples as number[];
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
samples.forEach((id, i) => { const n: any = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0)); });
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / total * 100).toFixed(1).padStart(5), '%', k);
