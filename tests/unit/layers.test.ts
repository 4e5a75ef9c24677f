import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layerRules, layerViolations } from '../../scripts/layers.ts';
import { root } from '../helpers/build.ts';

describe('layers', () => {
  it('every import in src/ points the one way the layers allow', async () => {
    expect(await layerViolations(root)).toEqual([]);
  });

  it('each rule catches an import that points back', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'layers-'));
    cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    const planted: Record<string, string> = {
      'src/markdown/back.ts': "export { verifySite } from '../verifier/index.ts';",
      'src/verifier/check/back.ts': "export { InputError } from '../run/article-job.ts';",
      'src/verifier/check/impure.ts': "export { readFileSync } from 'node:fs';\nexport { sourceTree } from '../../markdown/source.ts';",
      'src/text/impure.ts': "export { articlePath } from '../consts.ts';",
      'src/lib/up.ts': "export { default } from '../integration.ts';",
      'src/schema/up.ts': "export { codeDigest } from '../markdown/code-digest.ts';",
      'src/markdown/importing.ts': "export { planImport } from '../import/run.ts';",
      'src/import/checking.ts': "export { verifySite } from '../verifier/index.ts';",
    };
    for (const [file, code] of Object.entries(planted)) writeFileSync(join(copy, file), `${code}\n`);
    const found = await layerViolations(copy);
    expect(new Set(found.map(({ rule }) => rule))).toEqual(new Set(layerRules.map(({ name }) => name)));
    expect(found).toContainEqual({ rule: 'markdown-not-verifier', from: 'src/markdown/back.ts', to: 'src/verifier/index.ts' });
    expect(found).toContainEqual({ rule: 'check-not-run', from: 'src/verifier/check/back.ts', to: 'src/verifier/run/article-job.ts' });
    // Nothing but the planted files breaks a rule.
    expect(found.every(({ from }) => from in planted)).toBe(true);
  });
});
