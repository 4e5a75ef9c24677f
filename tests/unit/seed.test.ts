/**
 * The seed entry keeps every word and punctuation mark of the scraped report, in order; only
 * markup differs. The seed is copied into tests/fixtures/seed exactly as it arrived.
 */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schema/article.ts';

const seed = readFileSync(new URL('../fixtures/seed/000_7324fdaa959f27c2.txt', import.meta.url), 'utf8');
const entryFile = readFileSync(
  new URL('../../content/articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.md', import.meta.url),
  'utf8',
);
const entry = parseFrontmatter(entryFile);

/** Words and punctuation marks, each a token, ignoring white space and line structure. */
const tokens = (text: string) => text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];

describe('the seed article entry', () => {
  const data = articleSchema.parse(entry.frontmatter);

  it('takes the headline from the first line and credits Press TV without a placeholder URL', () => {
    expect(data.title).toBe(seed.trim().split('\n')[0]);
    expect(data.source).toEqual({ name: 'Press TV' });
    expect(data.published).toBeUndefined();
    expect(data.lang).toBe('en');
  });

  it('keeps every word and punctuation mark of the seed, in order', () => {
    // The seed's own markup: the headline line, the credit line, and the brackets of the
    // link-less [Deir Ezzor]. Everything else must be token-for-token the entry's body.
    const seedBody = seed
      .trim()
      .split('\n')
      .slice(2)
      .join('\n')
      .replace(/^Source: \[Press TV\]\(#\)\n/, '')
      .replaceAll('[Deir Ezzor]', 'Deir Ezzor');
    expect(seed).toContain('Source: [Press TV](#)');
    expect(tokens(entry.content)).toEqual(tokens(seedBody));
    expect(tokens(entry.content).length).toBeGreaterThan(400);
  });

  it('joins the paragraph the scrape split mid-sentence, and nothing else', () => {
    const seedParagraphs = seed.trim().split(/\n\s*\n/).length;
    const entryParagraphs = entry.content.trim().split(/\n\s*\n/).length;
    // The seed has headline + credit + body paragraphs; the entry has one paragraph fewer in the body.
    expect(entryParagraphs).toBe(seedParagraphs - 2 - 1);
    expect(entry.content).toContain('notably a bloody attack on the town of al-Shaafah');
    expect(entry.content).not.toContain('[Deir Ezzor]');
  });
});
