import * as yaml from 'js-yaml';
import { readFileSync, readdirSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
const dir = `/dev/shm/ab2/proved/articles`;
const names = readdirSync(dir).slice(0, 3000);
const texts = names.map((n) => readFileSync(`${dir}/${n}`, 'utf8'));
const fms = texts.map((x) => parseFrontmatter(x).frontmatter);
for (const flowLevel of [-1, 1, 2]) {
  const dumped = fms.map((f) => yaml.dump(f, { lineWidth: -1, noRefs: true, flowLevel }));
  for (let r = 0; r < 2; r++) {
    const t = performance.now(); for (const d of dumped) yaml.load(d); const dt = performance.now() - t;
    if (r) console.log('flowLevel', flowLevel, (dt / dumped.length * 1000).toFixed(1), 'µs', dumped[0]!.length, 'chars');
  }
}
console.log(yaml.dump(fms[0], { lineWidth: -1, noRefs: true, flowLevel: 2 }));
