import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../helpers/render.ts';
import { hostile, unsafeParts } from '../../../helpers/unsafe.ts';

describe('sanitising raw HTML and Markdown', () => {
  it('has a table of at least 30 hostile inputs', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(30);
  });

  it.each(hostile)('%s: nothing runs or loads', async (_name, input) => {
    const html = await renderMarkdown(`Before.\n\n${input}\n\nAfter.`);
    expect(unsafeParts(html)).toEqual([]);
    expect(html).toContain('Before.');
    expect(html).toContain('After.');
  });

  it('checker catches what it must (so the table above can fail)', () => {
    expect(unsafeParts('<a href="javascript:x">x</a><img src="https://x.example/a.png" onerror="x"><script></script>')).toEqual([
      'a[href=javascript:x]',
      'remote img[src]',
      'img[onError]',
      '<script>',
    ]);
  });

  it('keeps what article text needs', async () => {
    const html = await renderMarkdown(
      [
        '## A heading',
        '*em* **strong** <cite>The Times</cite> <q>quoted</q> <abbr title="United Nations">UN</abbr>',
        '> a blockquote',
        '- a list',
        '| a | b |\n|---|---|\n| 1 | 2 |',
        '<figure><img src="/favicon.svg" alt="A"><figcaption>Caption</figcaption></figure>',
        '[mail](mailto:desk@example.org) [web](https://example.org/)',
      ].join('\n\n'),
    );
    for (const tag of [
      '<h2 id="a-heading">',
      '<em>',
      '<strong>',
      '<cite>',
      '<q>',
      '<abbr title="United Nations">',
      '<blockquote>',
      '<ul>',
      '<table>',
      '<figure>',
      '<figcaption>',
      'src="/favicon.svg"',
      'href="mailto:desk@example.org"',
    ]) {
      expect(html).toContain(tag);
    }
  });

  it('marks links to other sites noopener noreferrer, and not its own', async () => {
    const html = await renderMarkdown('[out](https://other.example/) [in](https://news.example.org/articles/x/) [rel](/about/)');
    expect(html).toContain('<a href="https://other.example/" rel="noopener noreferrer">out</a>');
    expect(html).toContain('<a href="https://news.example.org/articles/x/">in</a>');
    expect(html).toContain('<a href="/about/">rel</a>');
  });

  it.each([
    [
      'a remote image becomes a link to it, labelled with its alt text',
      '![A chart of prices](https://cdn.example/chart.png)',
      '<p><a href="https://cdn.example/chart.png" rel="noopener noreferrer">A chart of prices</a></p>',
    ],
    [
      'a remote image without alt text is labelled with its address',
      '![](https://cdn.example/chart.png)',
      '<p><a href="https://cdn.example/chart.png" rel="noopener noreferrer">https://cdn.example/chart.png</a></p>',
    ],
    ['an image of the site’s own public folder stays an image', '![Logo](/favicon.svg)', '<p><img src="/favicon.svg" alt="Logo"></p>'],
    ['a missing local image becomes its alt text', '![A map](/images/missing.png)', '<p>A map</p>'],
    ['a relative image is not the site’s: alt text', '<img src="x" alt="x marks">', 'x marks'],
    ['a data: image is replaced by its alt text', '![pixel](data:image/png;base64,AAAA)', '<p>pixel</p>'],
    ['an image cannot climb out of public/', '![secret](/../package.json)', '<p>secret</p>'],
  ])('%s', async (_name, markdown, html) => {
    expect((await renderMarkdown(markdown)).trim()).toBe(html);
  });
});
