/**
 * An imported article's original page must show each original as it arrived: the text of the
 * `<pre>` marked with its SHA-256 (`pageMarkers.original`), read as a browser reads it, is that
 * original's text.
 * Pure: the run reads the page and hands its HTML here.
 */
import { decodeHTML } from 'entities';
import { pageMarkers } from '../../contract.ts';

/** The opening tag of the `<pre>` marked with an original's SHA-256. */
const openingFor = (sha256: string) => new RegExp(`<pre\\b[^>]*\\s${pageMarkers.original}="${sha256}"[^>]*>`);

/**
 * The text a browser shows in the `<pre>` marked with `sha256`: its character references decoded, its
 * line breaks as the parser normalises them, a first line break dropped as the parser drops it.
 * Markup inside would not show as written: refused, as is a page without the element.
 */
export function shownOriginal(html: string, sha256: string): string | { error: string } {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return { error: `${sha256} is no SHA-256` };
  const open = openingFor(sha256).exec(html);
  if (!open) return { error: `the page has no <pre ${pageMarkers.original}="${sha256}"> element` };
  const from = open.index + open[0].length;
  const to = html.indexOf('</pre>', from);
  const content = to < 0 ? '' : html.slice(from, to);
  if (to < 0 || content.includes('<'))
    return { error: `the <pre ${pageMarkers.original}="${sha256}"> element holds markup, not only text` };
  return decodeHTML(content.replace(/\r\n?/g, '\n')).replace(/^\n/, '');
}

/** The original's text as a browser shows it in a `<pre>`: its line breaks normalised. */
export const asShown = (text: string): string => text.replace(/\r\n?/g, '\n');
