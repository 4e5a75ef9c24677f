import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeDigest, pipelineFolders } from '../../src/markdown/code-digest.ts';
import { digestText, FactsCache } from '../../src/verifier/run/facts-cache.ts';

const facts = { blocks: ['One.'], blockquotes: [], lang: 'en' };

describe('FactsCache', () => {
  it('keeps facts between builds for the exact text they were read from', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'facts-')), 'cache', 'facts.json');
    const first = await FactsCache.load(file, 'code-1');
    first.set('/a.md', digestText('text A'), facts);
    first.set('/gone.md', digestText('text'), facts);
    await first.save(new Set(['/a.md']));

    const second = await FactsCache.load(file, 'code-1');
    expect(second.get('/a.md')).toEqual({ hash: digestText('text A'), facts });
    expect(digestText('text A, edited')).not.toBe(digestText('text A'));
    expect(second.get('/gone.md')).toBeUndefined();

    const newCode = await FactsCache.load(file, 'code-2');
    expect(newCode.get('/a.md')).toBeUndefined();
  });

  it('starts empty from a missing or broken file', async () => {
    expect((await FactsCache.load('/nonexistent/facts.json', 'x')).get('/a.md')).toBeUndefined();
  });

});

describe('codeDigest', () => {
  it('covers the pipeline, the text code and the helpers the render calls', () => {
    const folders = pipelineFolders.map((url) => fileURLToPath(url).replace(/\/$/, '').split('/').slice(-2).join('/'));
    expect(folders).toEqual(['src/markdown', 'src/text', 'src/lib', 'src/schema']);
  });

  it('changes when the code changes, and only then', () => {
    const copy = mkdtempSync(join(tmpdir(), 'code-'));
    cpSync(fileURLToPath(pipelineFolders[0]!), copy, { recursive: true });
    const folder = pathToFileURL(`${copy}/`);
    const before = codeDigest([folder]);
    expect(before).toMatch(/^[0-9a-f]{40}$/);
    expect(codeDigest([folder])).toBe(before);
    const file = join(copy, readdirSync(copy).find((name) => name.endsWith('.ts'))!);
    writeFileSync(file, '// a change\n', { flag: 'a' });
    expect(codeDigest([folder])).not.toBe(before);
    writeFileSync(join(copy, 'new-plugin.ts'), 'export {};\n');
    const withNew = codeDigest([folder]);
    writeFileSync(join(copy, 'notes.md'), 'not code');
    expect(codeDigest([folder])).toBe(withNew);
  });
});
