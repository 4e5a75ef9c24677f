import { describe, expect, it } from 'vitest';
import { pageMarkers } from '../../../../src/contract.ts';
import { parsePage } from '../../../../src/verifier/check/page.ts';
import { articlePage } from '../../../helpers/page.ts';

describe('parsePage', () => {
  it('reads the credit line, the body and the proof section by the page contract', () => {
    const html = articlePage('<p>One.</p><blockquote><p>Quoted.</p></blockquote>', {
      credit: 'Source: <a href="https://wire.example/">Wire</a>',
    });
    expect(parsePage(html)).toEqual({
      credit: ['Source: Wire'],
      creditLinks: ['https://wire.example/'],
      body: ['One.', 'Quoted.'],
      blockquotes: ['Quoted.'],
      text: 'One. Quoted.',
      proof: { quotations: 0, blockquotes: 1, attributions: 0, words: 2 },
      cited: { sources: [], quotations: [] },
      anchors: new Map(),
      citation: [],
    });
    expect(parsePage(articlePage('<p>One.</p>', { proof: 'none' }))).toMatchObject({ proof: undefined });
  });

  it('reads the article body whatever the inline CSS holds', () => {
    const result = parsePage(
      articlePage('<p>Text.</p><style-card>Card text.</style-card>', { head: '<style>p::after{content:"</p>"} .a>b{}</style>' }),
    );
    expect(result).toMatchObject({ credit: ['Source: Wire'], body: ['Text.', 'Card text.'] });
  });

  it('leaves out the raw text of styles and JSON-LD only as far as the parser would read it', () => {
    const jsonLd = '<script type="application/ld+json">{"a":"</p><p>Not shown.</p>"}</script>';
    const read = (html: string) => parsePage(html) as { body: string[] };
    expect(read(articlePage('<p>Text.</p>', { head: `${jsonLd}<STYLE>p{}</STYLE >` })).body).toEqual(['Text.']);
    // A style start tag inside an attribute or a comment starts nothing: the article after it stays.
    const quoted = articlePage('<p>Text.</p>', {
      head: '<meta name="description" content="<style> tips"><title>On <style></title><!-- <style> -->',
    }).replace('</body>', '<style>p{}</style></body>');
    expect(read(quoted).body).toEqual(['Text.']);
    // From a `<!--` in a script the parser reads past the script's end tag: that script is the parser's to read.
    const escaped = articlePage('<p>Text.</p>', { head: '<script><!-- <script></script> --></script>' });
    expect(read(escaped).body).toEqual(['Text.']);
  });

  it('still treats a page-level hidden ancestor as hiding the article', () => {
    const html = articlePage('<p>Text.</p>').replace('<article', '<div hidden><article');
    expect(parsePage(html)).toEqual({ error: `the page has no visible <article ${pageMarkers.article}> element` });
  });

  it('takes only the marked article, and only the credit line of its header', () => {
    const unmarked = articlePage('<p>Text.</p>').replace(` ${pageMarkers.article}="a"`, '');
    expect(parsePage(unmarked)).toEqual({ error: `the page has no visible <article ${pageMarkers.article}> element` });
    // A name elsewhere in the header is no credit: the credit line is the marked one.
    const elsewhere = articlePage('<p>Text.</p>', { credit: 'Source:' }).replace(
      '<h1>A</h1>',
      '<h1>Wire</h1><a href="https://wire.example/">x</a>',
    );
    expect(parsePage(elsewhere)).toMatchObject({ credit: ['Source:'], creditLinks: [] });
  });

  it('says when the body marker is missing', () => {
    const html = articlePage('<p>Text.</p>').replace(` ${pageMarkers.body}`, '');
    expect(parsePage(html)).toEqual({ error: `the article has no body (no element marked ${pageMarkers.body}), or it is hidden` });
  });
});
