/**
 * An imported article's original page must show the original as it arrived: the text of its
 * marked `<pre>` (`pageMarkers.original`), read as a browser reads it, is the original's text.
 * Pure: the run reads the page and hands its HTML here.
 */
import { decodeHTML } from 'entities';
import { pageMarkers } from '../../contract.ts';

const opening = new RegExp(`<pre\\b[^>]*\\s${pageMarkers.original}(?:=""|(?=[\\s>]))[^>]*>`);

/**
 * The text a browser shows in the page's marked `<pre>`: its character references decoded, its
 * line breaks as the parser normalises them, a first line break dropped as the parser drops it.
 * Markup inside would not show as written: refused, as is a page without the element.
 */
export function shownOriginal(html: string): string | { error: string } {
  const open = opening.exec(html);
  if (!open) return { error: `the page has no <pre ${pageMarkers.original}> element` };
  const from = open.index + open[0].length;
  const to = html.indexOf('</pre>', from);
  const content = to < 0 ? '' : html.slice(from, to);
  if (to < 0 || content.includes('<')) return { error: `the <pre ${pageMarkers.original}> element holds markup, not only text` };
  return decodeHTML(content.replace(/\r\n?/g, '\n')).replace(/^\n/, '');
}

/** The original's text as a browser shows it in a `<pre>`: its line breaks normalised. */
export const asShown = (text: string): string => text.replace(/\r\n?/g, '\n');
