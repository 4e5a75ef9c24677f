/**
 * An article's body as Markdown's tree, from what the readers receive: HTML (a web page's main
 * text, a feed item's content, a wire story's body) through unified (rehype-parse →
 * rehype-remark), keeping paragraphs, headings, lists, blockquotes, emphasis and links, with what
 * is not the article's words taken out; or plain text in paragraphs. Every change logged.
 */
import { fromDom } from 'hast-util-from-dom';
import type { Parent, Root, RootContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import { cleanParagraph, joinSplitParagraphs, removeInvisible, unlinkUnreachable, type Cleanup } from './cleanup.ts';
import { paragraphsTree } from './imported.ts';

const toMdast = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark);
const domToMdast = unified().use(rehypeRemark);

/** The HTML as Markdown's tree, as it reads: nothing cleaned yet. */
export const htmlTree = (html: string): Root => toMdast.runSync(toMdast.parse(html));

/**
 * An element's content, already parsed into a DOM (what Readability found on a page), as
 * Markdown's tree: the same tree as its HTML would give (`htmlTree`), without writing the HTML out
 * and parsing it again, which is a fifth of reading a page.
 */
export function domTree(element: Parameters<typeof fromDom>[0]): Root {
  const hast = fromDom(element);
  const children = hast.type === 'element' || hast.type === 'root' ? hast.children : [];
  return domToMdast.runSync({ type: 'root', children });
}

/** Whether a node shows nothing: a line break, or text of white space only. */
const blank = (node: RootContent) => node.type === 'break' || (node.type === 'text' && !node.value.trim());

/**
 * `line-break`: a `<br>` that ends (or opens) a paragraph shows nothing in a browser, but would be
 * a Markdown hard break with nothing after it, which CommonMark shows as a stray backslash. Also
 * one at the edge of emphasis or a link there (`<b>…<br></b>`), and one an image stood after.
 */
function dropEdgeBreaks(block: { children: RootContent[] }, cleanup: Cleanup[]): void {
  const near = (from: 'start' | 'end') => {
    const words = toString(block).trim().split(/\s+/);
    return (from === 'start' ? words.slice(0, 3) : words.slice(-3)).join(' ');
  };
  const trim = (children: RootContent[], from: 'start' | 'end'): void => {
    const at = () => (from === 'start' ? 0 : children.length - 1);
    while (children.length > 0) {
      const node = children[at()]!;
      if (blank(node)) {
        children.splice(at(), 1);
        if (node.type !== 'break') continue;
        const words = near(from);
        cleanup.push({ rule: 'line-break', before: from === 'start' ? `<br>${words}` : `${words}<br>`, after: words });
      } else if ('children' in node) {
        trim(node.children, from);
        if (node.children.length > 0) return;
        children.splice(at(), 1);
      } else return;
    }
  };
  trim(block.children, 'end');
  trim(block.children, 'start');
}

/**
 * Images and raw markup go (they are not the article's words); the clean-up rules for decoded
 * text and links apply. A walk of its own, in the order `unist-util-visit` would take: that one
 * names a function for every node it visits, a cost on every page of an import.
 */
export function cleanTree(tree: Root, cleanup: Cleanup[]): void {
  cleanChildren(tree, cleanup);
  // After the images went: a break may end its paragraph only now.
  dropBreaks(tree, cleanup);
}

function cleanChildren(parent: Parent, cleanup: Cleanup[]): void {
  const { children } = parent;
  for (let index = 0; index < children.length;) {
    const node = children[index]!;
    // Not text: an image's alt is not the article's words, raw markup is no text at all.
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') {
      children.splice(index, 1);
      continue;
    }
    const unlinked = node.type === 'link' ? unlinkUnreachable(node, cleanup) : undefined;
    if (unlinked) {
      // Its text takes its place, and is read in turn.
      children.splice(index, 1, ...(unlinked as RootContent[]));
      continue;
    }
    if (node.type === 'text') node.value = removeInvisible(node.value, cleanup);
    if ('children' in node) cleanChildren(node, cleanup);
    index++;
  }
}

function dropBreaks(parent: Parent, cleanup: Cleanup[]): void {
  for (const node of parent.children) {
    if (node.type === 'paragraph' || node.type === 'heading') dropEdgeBreaks(node, cleanup);
    else if ('children' in node) dropBreaks(node, cleanup);
  }
}

/** An HTML body, cleaned. */
export function htmlBody(html: string, cleanup: Cleanup[]): Root {
  const tree = htmlTree(html);
  cleanTree(tree, cleanup);
  return tree;
}

/** A body that arrives as HTML or as plain text, cleaned: `html` says which. */
export const markupBody = (value: string, html: boolean, cleanup: Cleanup[]): Root =>
  html ? htmlBody(value, cleanup) : textBody(value, cleanup);

/**
 * A headline that arrives as HTML or as plain text, as the one line it shows (its markup's text,
 * white space collapsed), cleaned as a paragraph is; undefined when it shows nothing.
 */
export function headlineText(value: string | undefined, html: boolean, cleanup: Cleanup[]): string | undefined {
  const shown = (value && html ? toString(htmlTree(value)) : value)?.replace(/\s+/g, ' ').trim();
  return shown ? cleanParagraph(shown, cleanup) : undefined;
}

/** Paragraphs of plain text: blank lines part them, single line breaks are spaces. */
function textParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/** A plain-text body, cleaned as a dataset's text is: each paragraph's markup fixed, split paragraphs joined. */
export function textBody(text: string, cleanup: Cleanup[]): Root {
  return paragraphsTree(
    joinSplitParagraphs(
      textParagraphs(text).map((paragraph) => cleanParagraph(paragraph, cleanup)),
      cleanup,
    ),
  );
}
