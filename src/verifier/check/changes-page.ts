/**
 * A changed report's changes page must show each copy's text whole: read without its `<ins>`,
 * each diff (`pageMarkers.diff`) is the older copy, without its `<del>` the newer, typography and
 * white space aside. Pure: the run reads the page and hands its HTML here.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import { find, html as htmlSchema } from 'property-information';
import { pageMarkers } from '../../contract.ts';
import { elementsWhere } from '../../text/tree.ts';

const property = find(htmlSchema, pageMarkers.diff).property;

/** The text of `node`, leaving out every element named `skip`. */
function textWithout(node: Element | RootContent, skip: string): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || node.tagName === skip) return '';
  return node.children.map((child) => textWithout(child, skip)).join('');
}

/** Each diff on the page by its two SHA-256s (`<older> <newer>`): the older copy's text and the newer's, as shown. */
export function shownDiffs(html: string): Map<string, { before: string; after: string }> {
  const tree = fromParse5(parse(html)) as Root;
  const diffs = new Map<string, { before: string; after: string }>();
  for (const element of elementsWhere(tree, (node) => node.properties[property] !== undefined)) {
    diffs.set(String(element.properties[property]), { before: textWithout(element, 'ins'), after: textWithout(element, 'del') });
  }
  return diffs;
}
