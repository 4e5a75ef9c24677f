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
  return {
    dir,
    run: async (paths = inputs) => writePlan(await planImport(paths, options)),
    plan: (paths = inputs) => planImport(paths, options),
  };
}

describe('importing files', () => {
  it('the published seed entry is the seed, imported', () => {
    const entry = readFileSync(join(root, 'content/articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.md'), 'utf8');
    const kept = readFileSync(join(root, 'content/originals/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.txt'));
    expect(kept.equals(readFileSync(seedFile))).toBe(true);
    const { frontmatter } = parseFrontmatter(entry);
    const data = articleSchema.parse(frontmatter);
    expect(data.original).toEqual({
      path: '../originals/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.txt',
      sha256: 'd518565f0debb13480d4cb9accfac4e88de1f9f8fe26089e20c77cc7b4353bf5',
      format: 'text',
      name: '000_7324fdaa959f27c2.txt',
    });
    // The entry records no retrieval time: its report has had one copy only.
    const { retrieved: _retrieved, ...original } = data.original!;
    expect(entry).toBe(entryText(readScrapedText(seed, 'seed'), original));
  });

  it('keeps the original byte for byte and writes an entry the schema accepts', async () => {
    const { dir, run } = importInto([seedFile]);
    await run();
    const files = snapshot(join(dir, 'content'));
    expect(Object.keys(files).sort()).toEqual([
      'articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.md',
      'originals/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.txt',
    ]);
    expect(files['originals/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.txt']).toBe(readFileSync(seedFile, 'latin1'));
    const { frontmatter } = parseFrontmatter(files['articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.md']!);
    expect(articleSchema.safeParse(frontmatter).success).toBe(true);
  });

  it('is idempotent: importing again changes no byte and adds no file', async () => {
    const { dir, run, plan } = importInto([seedFile, seedFile]);
    await run();
    const before = snapshot(dir);
    expect((await plan()).articles.map((article) => article.status)).toEqual(['unchanged']);
    expect((await plan()).writes.size).toBe(0);
    await run();
    expect(snapshot(dir)).toEqual(before);
  });

  it('tells apart two originals that share a title, the same way every time', async () => {
    const inputs = mkdtempSync(join(tmpdir(), 'inputs-'));
    writeFileSync(join(inputs, 'a.txt'), 'Same title\nSource: Wire\n\nFirst report.\n');
    writeFileSync(join(inputs, 'b.txt'), 'Same title\nSource: Wire\n\nSecond report.\n');
    const { dir, run, plan } = importInto([inputs]);
    await run();
    const names = readdirSync(join(dir, 'content/articles')).sort();
    expect(names).toHaveLength(2);
    expect(names[1]).toMatch(/^same-title\.md$/);
    expect(names[0]).toMatch(/^same-title-[0-9a-f]{8}\.md$/);
    expect((await plan()).writes.size).toBe(0);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'the file is empty'],
    ['a binary file', new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01]), 'looks binary (a NUL byte at offset 3)'],
    ['text that is not UTF-8', new Uint8Array([...Buffer.from('Caf'), 0xe9, 0x0a]), 'byte 3 is not UTF-8'],
  ])('refuses %s, naming it, and writes nothing at all', async (_name, bytes, message) => {
    const inputs = mkdtempSync(join(tmpdir(), 'inputs-'));
    cpSync(seedFile, join(inputs, 'a-good.txt'));
    writeFileSync(join(inputs, 'b-bad.txt'), bytes);
    const { dir, run } = importInto([inputs]);
    await expect(run()).rejects.toThrow(`b-bad.txt: ${message}`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a report that comes again changed', () => {
  const first = 'Port reopens\nSource: Coastal Herald\n\nThe pilot said "the port is open" at dawn.\n\nShips waited offshore.\n';
  const second = 'Port reopens\nSource: Coastal Herald\n\nThe pilot said "the port is open again" at dawn.\n';
  const now = new Date('2024-10-03T08:30:00.123Z');

  /** A folder with `report.txt` imported once; `again(text)` imports a new copy under the same name. */
  async function reported() {
    const dir = mkdtempSync(join(tmpdir(), 'versions-'));
    const input = join(dir, 'report.txt');
    writeFileSync(input, first);
    writePlan(await planImport([input], { cwd: dir, out: 'content/articles' }));
    const again = async (text: string, extra: { now?: Date } = { now }) => {
      writeFileSync(input, text);
      const plan = await planImport([input], { cwd: dir, out: 'content/articles', ...extra });
      writePlan(plan);
      return plan;
    };
    const entry = () =>
      articleSchema.parse(parseFrontmatter(readFileSync(join(dir, 'content/articles/port-reopens.md'), 'utf8')).frontmatter);
    return { dir, again, entry };
  }

  it('keeps the entry’s address, shows the new text and keeps the earlier copy as a version, chained', async () => {
    const { dir, again, entry } = await reported();
    const before = entry().original!;
    const plan = await again(second);
    expect(plan.articles.map((article) => article.status)).toEqual(['changed']);
    const data = entry();
    expect(data.versions).toEqual([before]);
    expect(data.original).toMatchObject({
      sha256: expect.not.stringMatching(before.sha256) as string,
      previous: before.sha256,
      name: 'report.txt',
    });
    expect(data.original!.retrieved).toEqual(new Date('2024-10-03T08:30:00Z'));
    expect(data.original!.path).toBe(`../originals/port-reopens-${data.original!.sha256.slice(0, 8)}.txt`);
    expect(readFileSync(join(dir, 'content/originals/port-reopens.txt'), 'utf8')).toBe(first);
    expect(readFileSync(join(dir, 'content/originals', data.original!.path.split('/').pop()!), 'utf8')).toBe(second);
    expect(readFileSync(join(dir, 'content/articles/port-reopens.md'), 'utf8')).toContain('the port is open again');
    expect(readdirSync(join(dir, 'content/articles'))).toEqual(['port-reopens.md']);
  });

  it('adds nothing for a copy it has already, the newest or an earlier one', async () => {
    const { dir, again } = await reported();
    await again(second);
    const files = snapshot(join(dir, 'content'));
    expect((await again(second, { now: new Date() })).articles.map((article) => article.status)).toEqual(['unchanged']);
    expect((await again(first, { now: new Date() })).articles.map((article) => article.status)).toEqual(['unchanged']);
    expect(snapshot(join(dir, 'content'))).toEqual(files);
    // A newest copy whose headline changed keeps the address the report's first copy got.
    await again(second.replace('Port reopens', 'Port reopens after storm'), { now: new Date() });
    await again(second.replace('Port reopens', 'Port reopens after storm'), { now: new Date() });
    expect(readdirSync(join(dir, 'content/articles'))).toEqual(['port-reopens.md']);
  });

  it('chains every version: a third copy names the second, which names the first', async () => {
    const { again, entry } = await reported();
    await again(second);
    await again(`${second}\nA third paragraph.\n`, { now: new Date('2024-10-04T00:00:00Z') });
    const { original, versions } = entry();
    expect(versions).toHaveLength(2);
    expect(versions![1]!.previous).toBe(versions![0]!.sha256);
    expect(original!.previous).toBe(versions![1]!.sha256);
  });

  it('refuses a new copy that credits another source, naming both, and writes nothing', async () => {
    const { dir, again } = await reported();
    const files = snapshot(join(dir, 'content'));
    await expect(again(second.replace('Coastal Herald', 'Harbour Times'))).rejects.toThrow(
      'report.txt is a new copy of articles/port-reopens.md (the same file name) but credits "Harbour Times" where the entry credits "Coastal Herald"',
    );
    expect(snapshot(join(dir, 'content'))).toEqual(files);
  });

  it('knows a dataset row by its id column, and a report by its URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'versions-'));
    const csv = (text: string) =>
      `key,title,text,source\nr1,Port reopens,${text},Coastal Herald\nr2,Other news,Unchanged.,Coastal Herald\n`;
    writeFileSync(join(dir, 'rows.csv'), csv('Ships waited.'));
    const options = { cwd: dir, out: 'content/articles', map: 'id=key', now };
    writePlan(await planImport([join(dir, 'rows.csv')], options));
    writeFileSync(join(dir, 'rows-2.csv'), csv('Ships waited offshore.'));
    expect((await planImport([join(dir, 'rows-2.csv')], options)).articles.map(({ status }) => status)).toEqual(['changed', 'unchanged']);
    const linked = (text: string) => `Port reopens\nSource: [Coastal Herald](https://herald.example.com/port)\n\n${text}\n`;
    writeFileSync(join(dir, 'a.txt'), linked('First words.'));
    writePlan(await planImport([join(dir, 'a.txt')], { cwd: dir, out: 'content/web' }));
    writeFileSync(join(dir, 'b.txt'), linked('Other words.'));
    expect((await planImport([join(dir, 'b.txt')], { cwd: dir, out: 'content/web', now })).articles.map(({ status }) => status)).toEqual([
      'changed',
    ]);
  });
});
