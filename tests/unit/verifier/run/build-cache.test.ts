import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache, cachedFacts, digestText, type CachedFacts } from '../../../../src/verifier/run/build-cache.ts';

const facts = { blocks: ['One.'], blockquotes: [], lang: 'en' };

describe('BuildCache', () => {
  it('keeps facts between builds for the exact text they were read from', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'facts-')), 'cache', 'facts.json');
    const first = await BuildCache.load<CachedFacts>(file, 'code-1');
    first.set('/a.md', cachedFacts(digestText('text A'), facts));
    first.set('/gone.md', cachedFacts(digestText('text'), facts));
    await first.save(new Set(['/a.md']));

    const second = await BuildCache.load<CachedFacts>(file, 'code-1');
    expect(second.get('/a.md')).toEqual({ hash: digestText('text A'), facts });
    expect(digestText('text A, edited')).not.toBe(digestText('text A'));
    expect(second.get('/gone.md')).toBeUndefined();

    const newCode = await BuildCache.load<CachedFacts>(file, 'code-2');
    expect(newCode.get('/a.md')).toBeUndefined();
  });

  it('starts empty from a missing or broken file', async () => {
    expect((await BuildCache.load<CachedFacts>('/nonexistent/facts.json', 'x')).get('/a.md')).toBeUndefined();
  });
});
