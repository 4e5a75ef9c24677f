import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { visibleBlocks } from '../../src/text/visible.ts';

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
