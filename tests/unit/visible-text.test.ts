import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { visibleBlocks } from '../../src/verifier/visible-text.ts';

const blocks = (html: string) => visibleBlocks(fromHtml(html, { fragment: true }));

describe('visibleBlocks', () => {
  it('keeps block boundaries', () => {
    expect(blocks('<p>One <em>two</em></p><p>Three</p><ul><li>Four</li></ul>')).toEqual(['One two', 'Three', 'Four']);
  });

  it.each([
    ['hidden attribute', '<p hidden>secret</p>'],
    ['aria-hidden', '<p aria-hidden="true">secret</p>'],
    ['template', '<template><p>secret</p></template>'],
    ['script', '<script>secret</script>'],
    ['style', '<style>secret</style>'],
    ['comment', '<!-- secret -->'],
    ['display none', '<p style="color:red; display: none">secret</p>'],
    ['visibility hidden', '<span style="visibility:hidden">secret</span>'],
    ['sr-only class', '<span class="sr-only">secret</span>'],
    ['visually-hidden class', '<span class="visually-hidden">secret</span>'],
  ])('leaves out %s', (_name, html) => {
    expect(blocks(`<p>shown</p>${html}`)).toEqual(['shown']);
  });

  it('keeps text that is merely styled', () => {
    expect(blocks('<p style="display:block">shown</p><p aria-hidden="false">too</p>')).toEqual(['shown', 'too']);
  });

  it('draws the marks a browser draws around <q>, nested ones single', () => {
    expect(blocks('<p>He said <q>stay <q>home</q> now</q>.</p>')).toEqual(['He said “stay ‘home’ now”.']);
  });
});

describe('readPage', async () => {
  const { readPage } = await import('../../src/verifier/page.ts');
  const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body><article><header><p>Source: W</p></header><div data-article-body>${body}</div></article></body></html>`;

  it('reads the article body whatever the inline CSS holds', () => {
    const result = readPage(page('<style>p::after{content:"</p>"} .a>b{}</style>', '<p>Text.</p><style-card>Card text.</style-card>'));
    expect(result).toMatchObject({ header: ['Source: W'], body: ['Text.', 'Card text.'] });
  });

  it('still treats a page-level hidden ancestor as hiding the article', () => {
    const html = page('<style>x{}</style>', '<p>Text.</p>').replace('<article>', '<div hidden><article>');
    expect(readPage(html)).toEqual({ error: 'the page has no visible <article> element' });
  });
});
