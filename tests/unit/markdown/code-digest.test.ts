import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeDigest, localModules, renderEntries } from '../../../src/markdown/code-digest.ts';
import { root } from '../../helpers/build.ts';

describe('codeDigest', () => {
  it('covers exactly the modules a render runs: the pipeline and the text code it imports', () => {
    const modules = localModules(renderEntries).map((url) => fileURLToPath(url).slice(root.length + 1));
    expect(modules).toContain('src/markdown/threads/render-worker.ts');
    expect(modules).toContain('src/markdown/plugins/typography.ts');
    expect(modules).toContain('src/text/quotations.ts');
    expect(modules.filter((path) => !/^src\/(markdown|text)\/|^src\/workers\.ts$/.test(path))).toEqual([]);
    expect(modules).not.toContain('src/integration/search.ts');
  });

  it('changes when the code a render imports changes, and only then', () => {
    const copy = mkdtempSync(join(tmpdir(), 'code-'));
    writeFileSync(join(copy, 'entry.ts'), "import { helper } from './helper.ts';\nexport const x = helper;\n");
    writeFileSync(join(copy, 'helper.ts'), 'export const helper = 1;\n');
    writeFileSync(join(copy, 'unrelated.ts'), 'export {};\n');
    const entries = [pathToFileURL(join(copy, 'entry.ts'))];
    const before = codeDigest(entries);
    expect(before).toMatch(/^[0-9a-f]{40}$/);
    expect(codeDigest(entries)).toBe(before);
    writeFileSync(join(copy, 'unrelated.ts'), '// not imported by the render\n', { flag: 'a' });
    expect(codeDigest(entries)).toBe(before);
    writeFileSync(join(copy, 'helper.ts'), '// a change\n', { flag: 'a' });
    expect(codeDigest(entries)).not.toBe(before);
  });
});
