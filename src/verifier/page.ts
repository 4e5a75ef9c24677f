/**
 * Reads a built page with a real HTML parser (parse5, through hast-util-from-html) and picks out
 * what the verifier compares: the article header, its body, and the visible text of each.
 */
import type { Element, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import { EXIT, visit } from 'unist-util-visit';
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

/** The first element under `node` (itself included) that passes `test`. */
function first(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(node, 'element', (element) => {
    if (!test(element)) return undefined;
    found = element;
    return EXIT;
  });
  return found;
}

function all(node: Element, tagName: string): Element[] {
  const found: Element[] = [];
  visit(node, 'element', (element) => {
    if (element.tagName === tagName) found.push(element);
  });
  return found;
}

export function readPage(html: string): PageParts | { error: string } {
  // parse5 without source positions, which the verifier never needs and which cost a third of the parse.
  const tree = fromParse5(parse(withoutStyleText(html))) as Root;
  // Visibility first, on the whole page: a hidden ancestor hides the article too.
  const shown = first(visibleTree(tree), (element) => element.tagName === 'article');
  if (!shown) return { error: 'the page has no visible <article> element' };
  const header = first(shown, (element) => element.tagName === 'header');
  const body = first(shown, (element) => element.properties.dataArticleBody !== undefined);
  if (!body) return { error: 'the article has no body (no element marked data-article-body), or it is hidden' };
  return {
    header: header ? textBlocks(header) : [],
    headerLinks: header ? all(header, 'a').filter((a) => a.properties.href !== undefined).map((a) => String(a.properties.href)) : [],
    body: textBlocks(body),
    blockquotes: all(body, 'blockquote').map((quote) => textBlocks(quote).join('\n')),
  };
}
