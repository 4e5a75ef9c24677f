import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { visibleBlocks } from '../../../src/text/visible.ts';

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

describe('text an inline style hides', () => {
  it.each([
    'opacity:0',
    'opacity: 0.0 !important',
    'font-size:0',
    'font-size: 0px',
    'color:transparent',
    'color: rgba(0, 0, 0, 0)',
    'color: rgb(0 0 0 / 0)',
    'color:#00000000',
    'position:absolute; clip: rect(0 0 0 0); width:1px; height:1px',
    'clip: rect(1px, 1px, 1px, 1px); position:absolute',
    'clip-path: inset(50%)',
    'clip-path: circle(0)',
    'position:absolute; left:-9999px',
    'position: fixed; top: -100vh',
    'text-indent:-9999px',
    'height:0; overflow:hidden',
    'max-height: 0; overflow-y: hidden',
    'transform: scale(0)',
    'transform: translateX(2px) scaleY(0)',
    'display:none',
    'visibility: hidden',
  ])('%s', (style) => {
    expect(blocks(`<p>shown</p><p style="${style}">secret</p>`)).toEqual(['shown']);
  });

  it.each([
    'opacity: 0.5',
    'font-size: 0.9em',
    'color: rgba(0, 0, 0, 0.8)',
    'clip: rect(0 200px 40px 0); position:absolute',
    'position:absolute; left:-20px',
    'height:0',
    'overflow:hidden; max-height: 20em',
    'transform: scale(0.5)',
    'margin-left: -2em',
    'this is not CSS {{{',
  ])('keeps text merely styled: %s', (style) => {
    expect(blocks(`<p style="${style}">shown</p>`)).toEqual(['shown']);
  });
});
