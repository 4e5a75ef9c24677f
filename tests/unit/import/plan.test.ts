import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryText } from '../../../src/import/entry.ts';
import { planImport, writePlan } from '../../../src/import/plan.ts';
import { readScrapedText } from '../../../src/import/readers/scraped-text.ts';
import { articleSchema } from '../../../src/schema/article.ts';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { root } from '../../helpers/build.ts';

const seedFile = join(root, 'tests/fixtures/seed/000_7324fdaa959f27c2.txt');
const seed = readFileSync(seedFile, 'utf8');

/** A content folder's files and their bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files[name] = readFileSync(path, 'latin1');
  }
  return files;
}

function importInto(inputs: string[], extra: Partial<Parameters<typeof planImport>[1]> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  const options = { cwd: dir, out: 'content/articles', ...extra };
  return { dir, run: (paths = inputs) => writePlan(planImport(paths, options)), plan: (paths = inputs) => planImport(paths, options) };
}

describe('importing files', () => {
  it('the published seed entry is the seed, imported', () => {
    const entry = readFileSync(join(root, 'content/articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.md'), 'utf8');
    const original = readFileSync(join(root, 'content/originals/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.txt'));
    expect(original.equals(readFileSync(seedFile))).toBe(true);
    const { frontmatter } = parseFrontmatter(entry);
    const data = articleSchema.parse(frontmatter);
    expect(data.original).toEqual({
      path: '../originals/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.txt',
      sha256: 'd518565f0debb13480d4cb9accfac4e88de1f9f8fe26089e20c77cc7b4353bf5',
      format: 'text',
    });
    expect(entry).toBe(entryText(readScrapedText(seed, 'seed'), data.original!));
  });

  it('keeps the original byte for byte and writes an entry the schema accepts', () => {
    const { dir, run } = importInto([seedFile]);
    run();
    const files = snapshot(join(dir, 'content'));
    expect(Object.keys(files).sort()).toEqual([
      'articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.md',
      'originals/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.txt',
    ]);
    expect(files['originals/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.txt']).toBe(readFileSync(seedFile, 'latin1'));
    const { frontmatter } = parseFrontmatter(files['articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.md']!);
    expect(articleSchema.safeParse(frontmatter).success).toBe(true);
  });

  it('is idempotent: importing again changes no byte and adds no file', () => {
    const { dir, run, plan } = importInto([seedFile, seedFile]);
    run();
    const before = snapshot(dir);
    expect(plan().articles.map((article) => article.status)).toEqual(['unchanged']);
    expect(plan().writes.size).toBe(0);
    run();
    expect(snapshot(dir)).toEqual(before);
  });

  it('tells apart two originals that share a title, the same way every time', () => {
    const inputs = mkdtempSync(join(tmpdir(), 'inputs-'));
    writeFileSync(join(inputs, 'a.txt'), 'Same title\nSource: Wire\n\nFirst report.\n');
    writeFileSync(join(inputs, 'b.txt'), 'Same title\nSource: Wire\n\nSecond report.\n');
    const { dir, run, plan } = importInto([inputs]);
    run();
    const names = readdirSync(join(dir, 'content/articles')).sort();
    expect(names).toHaveLength(2);
    expect(names[1]).toMatch(/^same-title\.md$/);
    expect(names[0]).toMatch(/^same-title-[0-9a-f]{8}\.md$/);
    expect(plan().writes.size).toBe(0);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'the file is empty'],
    ['a binary file', new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01]), 'looks binary (a NUL byte at offset 3)'],
    ['text that is not UTF-8', new Uint8Array([...Buffer.from('Caf'), 0xe9, 0x0a]), 'byte 3 is not UTF-8'],
  ])('refuses %s, naming it, and writes nothing at all', (_name, bytes, message) => {
    const inputs = mkdtempSync(join(tmpdir(), 'inputs-'));
    cpSync(seedFile, join(inputs, 'a-good.txt'));
    writeFileSync(join(inputs, 'b-bad.txt'), bytes);
    const { dir, run } = importInto([inputs]);
    expect(() => run()).toThrow(`b-bad.txt: ${message}`);
    expect(readdirSync(dir)).toEqual([]);
  });
});
