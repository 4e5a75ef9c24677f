import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyFacts } from '../../../../src/import/imported.ts';
import { readScrapedText } from '../../../../src/import/readers/scraped-text.ts';
import { root } from '../../../helpers/build.ts';

const seedFile = join(root, 'tests/fixtures/seed/000_7324fdaa959f27c2.txt');
const seed = readFileSync(seedFile, 'utf8');

describe('the scraped-text reader', () => {
  it('reads the seed: headline, placeholder credit, orphan brackets, the split paragraph', () => {
    const article = readScrapedText(seed, 'seed.txt');
    expect(article.title).toBe('US-led Coalition Airstrikes Kill 20 more civilians in Syria');
    expect(article.source).toEqual({ name: 'Press TV' });
    expect(article.published).toBeUndefined();
    expect(article.cleanup.map((change) => change.rule)).toEqual([
      'placeholder-link',
      'orphan-brackets',
      'orphan-brackets',
      'split-paragraph',
    ]);
    expect(bodyFacts(article, 'en').blocks).toHaveLength(13);
  });

  it('keeps a linked credit’s URL and takes --source-name over none', () => {
    expect(readScrapedText('Title\n\nSource: [Wire](https://wire.example/a)\n\nText.', 'a.txt').source).toEqual({
      name: 'Wire',
      url: 'https://wire.example/a',
    });
    expect(readScrapedText('Title\n\nText.', 'a.txt', { sourceName: 'Desk' }).source).toEqual({ name: 'Desk' });
  });

  it.each([
    ['no headline', '\n\n  \n', 'a.txt: no headline'],
    ['no credit', 'Title\n\nText.', 'a.txt: no credit: add a "Source: …" line under the headline, or give --source-name'],
    ['no text', 'Title\nSource: Wire\n', 'a.txt: no article text'],
  ])('refuses a file with %s', (_name, text, message) => {
    expect(() => readScrapedText(text, 'a.txt')).toThrow(message);
  });
});
