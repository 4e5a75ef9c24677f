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

export function readPage(html: string): PageParts | { error: string } {
  // parse5 without source positions, which the verifier never needs and which cost a third of the parse.
  const tree = fromParse5(parse(html)) as Root;
  const article = select('article', tree);
  if (!article) return { error: 'the page has no <article> element' };
  const shown = visibleTree(article);
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
