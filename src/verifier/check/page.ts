/**
 * Reads a built page with a real HTML parser (parse5) and picks out, by the page contract
 * (`pageMarkers` in `src/contract.ts`), what the checks compare: the article's credit line, its
 * body, and the visible text of each.
 */
import type { Element, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import { find, html as htmlSchema } from 'property-information';
import { pageMarkers } from '../../contract.ts';
import { normalizeTypography } from '../../text/normalize.ts';
import { sentencesOf } from '../../text/segment.ts';
import { elementsWhere, firstElementWhere } from '../../text/tree.ts';
import { isHidden, textBlocks, visibleTree } from '../../text/visible.ts';
import { withoutRawText } from './raw-text.ts';

export interface PageParts {
  /** Visible text blocks of the credit line in the article's header. */
  credit: string[];
  /** hrefs of the links shown in the credit line. */
  creditLinks: string[];
  /** Visible text blocks of the article body. */
  body: string[];
  /** Visible text of each blockquote in the body. */
  blockquotes: string[];
  /** The counts the page's "How this page was checked" states, by name; absent when the page has no such section. */
  proof?: Record<string, number> | undefined;
}

/** The page as the checks compare it with its source. */
export interface ComparedPage extends PageParts {
  /** The body's text, typography normalised (`normalizeTypography`). */
  text: string;
}

const sentencesByPage = new WeakMap<ComparedPage, string[]>();

/**
 * The body's sentences, to show the passage nearest a failure: cut once a page, and only for a
 * page that fails a check (one whose text is the source's never needs them).
 */
export function pageSentences(page: ComparedPage, lang: string): string[] {
  let sentences = sentencesByPage.get(page);
  if (!sentences) sentencesByPage.set(page, (sentences = page.body.flatMap((block) => sentencesOf(block, lang))));
  return sentences;
}

/** The hast property of a contract attribute (`data-article-body` → `dataArticleBody`). */
const property = (attribute: string) => find(htmlSchema, attribute).property;
const marked = {
  article: property(pageMarkers.article),
  credit: property(pageMarkers.credit),
  body: property(pageMarkers.body),
  proof: property(pageMarkers.proof),
  count: property(pageMarkers.count),
};

/** Each `<data value data-count="…">` of the proof section, by name. */
function proofCounts(section: Element): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const element of elementsWhere(section, (element) => element.tagName === 'data' && element.properties[marked.count] !== undefined)) {
    counts[String(element.properties[marked.count])] = Number(element.properties.value);
  }
  return counts;
}

/** The first element under `node` (itself included) that passes `test`. */
function first(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  return node.type === 'element' && test(node) ? node : firstElementWhere(node, test);
}

const all = (node: Element, tagName: string) => elementsWhere(node, (element) => element.tagName === tagName);

const has = (name: string) => (element: Element) => element.properties[name] !== undefined;

/**
 * The first marked article a reader sees (no hidden ancestor: a hidden ancestor hides the article
 * too), reduced to what is shown. Only the article is copied so: the page around it, nearly half
 * its markup, is only looked through for hidden ancestors.
 */
function visibleArticle(tree: Root): Element | undefined {
  const search = (node: Root | Element, quotes: number): Element | undefined => {
    for (const child of node.children) {
      if (child.type !== 'element' || isHidden(child)) continue;
      if (child.tagName === 'article' && has(marked.article)(child)) return visibleTree(child, quotes);
      const found = search(child, child.tagName === 'q' ? quotes + 1 : quotes);
      if (found) return found;
    }
    return undefined;
  };
  return search(tree, 0);
}

/** The parts of a built page the checks compare, or why it cannot be compared. */
export function parsePage(html: string): ComparedPage | { error: string } {
  // parse5 without source positions, which the verifier never needs and which add much of a parse's cost.
  const tree = fromParse5(parse(withoutRawText(html))) as Root;
  const article = visibleArticle(tree);
  if (!article) return { error: `the page has no visible <article ${pageMarkers.article}> element` };
  const header = first(article, (element) => element.tagName === 'header');
  const credit = header && first(header, has(marked.credit));
  const body = first(article, has(marked.body));
  if (!body) return { error: `the article has no body (no element marked ${pageMarkers.body}), or it is hidden` };
  const bodyBlocks = textBlocks(body);
  const proof = first(article, has(marked.proof));
  return {
    proof: proof && proofCounts(proof),
    credit: credit ? textBlocks(credit) : [],
    creditLinks: credit
      ? all(credit, 'a')
          .filter((a) => a.properties.href !== undefined)
          .map((a) => String(a.properties.href))
      : [],
    body: bodyBlocks,
    blockquotes: all(body, 'blockquote').map((quote) => textBlocks(quote).join('\n')),
    text: normalizeTypography(bodyBlocks.join('\n')),
  };
}
