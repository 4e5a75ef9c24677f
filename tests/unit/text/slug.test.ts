import { describe, expect, it } from 'vitest';
import { articleIdFromPath } from '../../../src/text/slug.ts';

describe('articleIdFromPath', () => {
  it.each([
    ['us-led-coalition.md', 'us-led-coalition'],
    ['2024/Nov/Big News Today.markdown', '2024/nov/big-news-today'],
    ['Élections à Paris.md', 'élections-à-paris'],
    ['win\\path.md', 'win/path'],
  ])('%s -> %s', (path, id) => expect(articleIdFromPath(path)).toBe(id));
});
