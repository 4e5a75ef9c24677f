import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactsCache, readerCodeDigest } from '../../src/verifier/facts-cache.ts';

const facts = { blocks: ['One.'], blockquotes: [], words: 1, lang: 'en' };

describe('FactsCache', () => {
  it('keeps facts between builds for the exact text they were read from', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'facts-')), 'cache', 'facts.json');
    const first = await FactsCache.load(file, 'code-1');
    first.set('/a.md', 'text A', facts);
    first.set('/gone.md', 'text', facts);
    await first.save(new Set(['/a.md']));

    const second = await FactsCache.load(file, 'code-1');
    expect(second.get('/a.md', 'text A')).toEqual(facts);
    expect(second.get('/a.md', 'text A, edited')).toBeUndefined();
    expect(second.get('/gone.md', 'text')).toBeUndefined();

    const newCode = await FactsCache.load(file, 'code-2');
    expect(newCode.get('/a.md', 'text A')).toBeUndefined();
  });

  it('starts empty from a missing or broken file', async () => {
    expect((await FactsCache.load('/nonexistent/facts.json', 'x')).get('/a.md', 'a')).toBeUndefined();
  });

  it('digests the code that reads sources', () => {
    expect(readerCodeDigest()).toMatch(/^[0-9a-f]{40}$/);
  });
});
