import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { readingFacts } from '../../../../src/markdown/capture/entry.ts';
import { teaserOf } from '../../../../src/markdown/capture/plugins.ts';

describe('reading facts', () => {
  it('takes the first sentence of the first paragraph', () => {
    const tree = fromHtml('<h2>Head</h2><p>First <em>sentence</em> here. Second one.</p><p>More words.</p>', { fragment: true });
    expect(teaserOf(tree, 'en')).toBe('First sentence here.');
  });

  it('prefers the summary, then what the render captured, then the Markdown', () => {
    const data = { lang: 'en' };
    expect(readingFacts({ body: 'One two. Three.', data })).toEqual({ teaser: 'One two.', words: 3 });
    expect(readingFacts({ body: 'ignored', rendered: { metadata: { reading: { teaser: 'T.', words: 9 } } }, data })).toEqual({
      teaser: 'T.',
      words: 9,
    });
    expect(readingFacts({ body: 'One two.', data: { ...data, summary: 'A summary.' } })).toEqual({ teaser: 'A summary.', words: 2 });
  });
});
