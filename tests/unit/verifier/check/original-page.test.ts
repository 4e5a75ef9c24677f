import { describe, expect, it } from 'vitest';
import { pageMarkers } from '../../../../src/contract.ts';
import { asShown, shownOriginal } from '../../../../src/verifier/check/original-page.ts';

const page = (pre: string) => `<!doctype html><html><body><h1>The original</h1>${pre}</body></html>`;

describe('the text an original’s page shows', () => {
  it('reads the marked <pre> as a browser does: references decoded, the opening line break dropped', () => {
    const original = "Headline\n\n“AT&T” said <no> tag & more 'quoted'.\n";
    const escaped = original.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');
    expect(shownOriginal(page(`<pre class="original-text" lang="en" ${pageMarkers.original}>\n${escaped}</pre>`))).toBe(original);
  });

  it('shows Windows line breaks as the parser does, so the original is compared as shown', () => {
    expect(shownOriginal(page(`<pre ${pageMarkers.original}>\nOne\r\nTwo\rThree</pre>`))).toBe(asShown('One\r\nTwo\rThree'));
    expect(asShown('One\r\nTwo\rThree')).toBe('One\nTwo\nThree');
  });

  it('refuses markup inside the element and a page without it', () => {
    expect(shownOriginal(page(`<pre ${pageMarkers.original}>\nText <b>bold</b></pre>`))).toEqual({
      error: `the <pre ${pageMarkers.original}> element holds markup, not only text`,
    });
    expect(shownOriginal(page('<pre>\nText</pre>'))).toEqual({ error: `the page has no <pre ${pageMarkers.original}> element` });
    expect(shownOriginal(page(`<pre ${pageMarkers.original}-not>\nText</pre>`))).toHaveProperty('error');
  });
});
