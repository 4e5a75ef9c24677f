/**
 * Reads a built page with a real HTML parser (parse5, through hast-util-from-html) and picks out
 * what the verifier compares: the article header, its body, and the visible text of each.
 */
import type { Element, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import { select, selectAll } from 'hast-util-select';
import { textBlocks, visibleTree } from './visible-text.ts';

export interface PageParts {
  /** Visible text blocks of the article's header (title, credit, date). */
  header: string[];
  /** hrefs of the links shown in the header. */
  headerLinks: string[];
  /** Visible text blocks of the article body. */
  body: string[];
  /** Visible text of each blockquote in the body. */
  blockquotes: string[];
}

/**
 * The text of `<style>` elements is never shown, and the pages inline all their CSS: leaving it
 * out before parsing spares the tokenizer most of each page. Only the element's raw text goes,
 * exactly as far as the parser itself would take it (to the first `</style`).
 */
function withoutStyleText(html: string): string {
  let out = '';
  let from = 0;
  for (let open = html.indexOf('<style', from); open >= 0; open = html.indexOf('<style', open + 6)) {
    // `<style-card>` and the like are other elements, with text of their own.
    if (!/[\s>/]/.test(html[open + 6] ?? '')) continue;
    const bodyStart = html.indexOf('>', open);
    const close = bodyStart < 0 ? -1 : html.indexOf('</style', bodyStart);
    if (close < 0) break;
    out += html.slice(from, bodyStart + 1);
    from = close;
    open = close;
  }
  return out + html.slice(from);
}

export function readPage(html: string): PageParts | { error: string } {
  // parse5 without source positions, which the verifier never needs and which cost a third of the parse.
  const tree = fromParse5(parse(withoutStyleText(html))) as Root;
  // Visibility first, on the whole page: a hidden ancestor hides the article too.
  const shown = select('article', visibleTree(tree));
  if (!shown) return { error: 'the page has no visible <article> element' };
  const header = select('header', shown);
  const body = select('[data-article-body]', shown);
  if (!body) return { error: 'the article has no body (no element marked data-article-body), or it is hidden' };
  return {
    header: header ? textBlocks(header) : [],
    headerLinks: header ? selectAll('a[href]', header).map((a: Element) => String(a.properties.href)) : [],
    body: textBlocks(body),
    blockquotes: selectAll('blockquote', body).map((quote) => textBlocks(quote).join('\n')),
  };
}
