import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layerRules, layerViolations } from '../../scripts/layers.ts';
import { root } from '../helpers/build.ts';

describe('layers', () => {
  it('every import in src/ points the one way the layers allow, with no cycle', async () => {
    expect(await layerViolations(root)).toEqual([]);
  });

  it('each rule catches an import that breaks it', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'layers-'));
    cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    // Each line is added to the file (a new one, or the end of one that exists).
    const planted: Record<string, string> = {
      'src/text/cycle-a.ts': "export { b } from './cycle-b.ts';\nexport const a = 1;",
      'src/text/cycle-b.ts': "export { a } from './cycle-a.ts';\nexport const b = 2;",
      'src/text/impure.ts': "export { articlePath } from '../routes.ts';",
      'src/site.ts': "export { sourceSlug } from './text/slug.ts';",
      'src/schema/up.ts': "export { byIndexOrder } from '../collections/order.ts';",
      'src/collections/up.ts': "export { codeDigest } from '../markdown/code-digest.ts';",
      'src/markdown/back.ts': "export { verifySite } from '../verifier/index.ts';",
      'src/verifier/check/back.ts': "export { InputError } from '../run/article-job.ts';",
      'src/verifier/check/impure.ts': "export { readFileSync } from 'node:fs';\nexport { sourceTree } from '../../markdown/source.ts';",
      'src/import/checking.ts': "export { verifySite } from '../verifier/index.ts';",
      'src/markdown/importing.ts': "export { planImport } from '../import/plan.ts';",
      'src/collections/page.ts': "export { newsArticle } from '../view/structured-data.ts';",
      'src/view/up.ts': "export { default } from '../integration/index.ts';",
    };
    for (const [file, code] of Object.entries(planted)) writeFileSync(join(copy, file), `\n${code}\n`, { flag: 'a' });
    const found = await layerViolations(copy);
    expect(new Set(found.map(({ rule }) => rule))).toEqual(new Set(layerRules.map(({ name }) => name)));
    expect(found).toContainEqual({ rule: 'no-cycles', from: 'src/text/cycle-a.ts', to: 'src/text/cycle-b.ts' });
    expect(found).toContainEqual({ rule: 'markdown-below-the-verifier', from: 'src/markdown/back.ts', to: 'src/verifier/index.ts' });
    expect(found).toContainEqual({ rule: 'check-not-run', from: 'src/verifier/check/back.ts', to: 'src/verifier/run/article-job.ts' });
    expect(found).toContainEqual({ rule: 'values-plain', from: 'src/site.ts', to: 'src/text/slug.ts' });
    // Nothing but the planted files breaks a rule.
    expect(found.every(({ from }) => from in planted)).toBe(true);
  });
});
