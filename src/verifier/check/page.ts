/**
 * Reads a built page with a real HTML parser (parse5) and picks out, by the page contract
 * (`pageMarkers` in `src/contract.ts`), what the checks compare: the article's credit line, its
 * body, and the visible text of each.
 */
import type { Element, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toString } from 'hast-util-to-string';
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
  /** What the page's visible "Who is cited" section states; absent when the page has no such section. */
  cited?: CitedPanel | undefined;
  /** The visible text of each element of the body that has an `id`, by id: where the panel's cue links land. */
  anchors: Map<string, string>;
  /** The `citation` of the page's JSON-LD; absent when the page has no JSON-LD, `[]` when it cites no one. */
  citation?: unknown[] | undefined;
}

/** The "Who is cited" section as a reader sees it: typography as shown. */
export interface CitedPanel {
  sources: Array<{ name: string; cues: Array<{ cue: string; href?: string | undefined }> }>;
  quotations: Array<{ text: string; by?: string | undefined }>;
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
  cited: property(pageMarkers.cited),
  citedSource: property(pageMarkers.citedSource),
  citedName: property(pageMarkers.citedName),
  cue: property(pageMarkers.cue),
  citedQuote: property(pageMarkers.citedQuote),
  quoteText: property(pageMarkers.quoteText),
};

/** An element's text, white space collapsed. */
const textOf = (element: Element) => toString(element).replace(/\s+/g, ' ').trim();

/** The "Who is cited" section: each source with its cues, each quotation with its speaker. */
function citedPanel(section: Element): CitedPanel {
  const within = (element: Element, name: string) => elementsWhere(element, has(name));
  return {
    sources: within(section, marked.citedSource).map((item) => ({
      name: within(item, marked.citedName).map(textOf).join(' '),
      cues: within(item, marked.cue).map((cue) => ({
        cue: textOf(cue),
        href: cue.tagName === 'a' && cue.properties.href !== undefined ? String(cue.properties.href) : undefined,
      })),
    })),
    quotations: within(section, marked.citedQuote).map((item) => {
      const by = within(item, marked.citedName).map(textOf).join(' ');
      return { text: within(item, marked.quoteText).map(textOf).join(' '), ...(by ? { by } : {}) };
    }),
  };
}

const jsonLdOpening = '<script type="application/ld+json">';

/**
 * The `citation` of the page's JSON-LD (in its head, where the site writes it): read from the
 * page's text, since its scripts are left out before parsing (`withoutRawText`).
 */
function jsonLdCitation(html: string): unknown[] | undefined {
  const start = html.indexOf(jsonLdOpening);
  const end = start < 0 ? -1 : html.indexOf('</script>', start);
  if (end < 0) return undefined;
  try {
    const data = JSON.parse(html.slice(start + jsonLdOpening.length, end)) as { citation?: unknown };
    return Array.isArray(data.citation) ? (data.citation as unknown[]) : [];
  } catch {
    return undefined;
  }
}

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
  const cited = first(article, has(marked.cited));
  const anchors = new Map(
    elementsWhere(body, (element) => element.properties.id !== undefined).map((element) => [
      String(element.properties.id),
      textOf(element),
    ]),
  );
  return {
    proof: proof && proofCounts(proof),
    cited: cited && citedPanel(cited),
    anchors,
    citation: jsonLdCitation(html),
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
