import { readFileSync, readdirSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleSchema } from '../src/schema/article.ts';
for (const kind of ['plain', 'proved', 'plain', 'proved']) {
  const dir = `/dev/shm/ab2/${kind}/articles`;
  const names = readdirSync(dir).slice(0, 3000);
  const texts = names.map((n) => readFileSync(`${dir}/${n}`, 'utf8'));
  let t = performance.now(); const fms = texts.map((x) => parseFrontmatter(x).frontmatter); const yaml = performance.now() - t;
  t = performance.now(); for (const f of fms) articleSchema.parse(f); const zod = performance.now() - t;
  console.log(kind, 'yaml', (yaml / names.length * 1000).toFixed(0), 'µs', 'zod', (zod / names.length * 1000).toFixed(0), 'µs');
}
