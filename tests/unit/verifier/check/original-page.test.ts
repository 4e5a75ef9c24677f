import { describe, expect, it } from 'vitest';
import { pageMarkers } from '../../../../src/contract.ts';
import { asShown, shownOriginal } from '../../../../src/verifier/check/original-page.ts';

const page = (pre: string) => `<!doctype html><html><body><h1>The original</h1>${pre}</body></html>`;
const [sha, other] = ['a'.repeat(64), 'b'.repeat(64)];

describe('the text an original’s page shows', () => {
  it('reads the <pre> marked with the original’s SHA-256 as a browser does: references decoded, the opening line break dropped', () => {
    const original = "Headline\n\n“AT&T” said <no> tag & more 'quoted'.\n";
    const escaped = original.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');
    const html = page(
      `<pre ${pageMarkers.original}="${other}">\nAn earlier copy</pre><pre class="original-text" lang="en" ${pageMarkers.original}="${sha}">\n${escaped}</pre>`,
    );
    expect(shownOriginal(html, sha)).toBe(original);
    expect(shownOriginal(html, other)).toBe('An earlier copy');
  });

  it('shows Windows line breaks as the parser does, so the original is compared as shown', () => {
    expect(shownOriginal(page(`<pre ${pageMarkers.original}="${sha}">\nOne\r\nTwo\rThree</pre>`), sha)).toBe(asShown('One\r\nTwo\rThree'));
    expect(asShown('One\r\nTwo\rThree')).toBe('One\nTwo\nThree');
  });

  it('refuses markup inside the element, and a page without the element for that original', () => {
    expect(shownOriginal(page(`<pre ${pageMarkers.original}="${sha}">\nText <b>bold</b></pre>`), sha)).toEqual({
      error: `the <pre ${pageMarkers.original}="${sha}"> element holds markup, not only text`,
    });
    expect(shownOriginal(page(`<pre ${pageMarkers.original}="${other}">\nText</pre>`), sha)).toEqual({
      error: `the page has no <pre ${pageMarkers.original}="${sha}"> element`,
    });
    expect(shownOriginal(page('<pre>\nText</pre>'), 'not a digest')).toHaveProperty('error');
  });
});
