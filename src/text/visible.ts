/**
 * The text a reader gets from a hast tree: what a browser would render, leaving out hidden,
 * `aria-hidden`, templates, scripts, styles, comments, text an inline style hides
 * (`hidden-style.ts`: not displayed, invisible, transparent, of no size, clipped, scaled to
 * nothing, off the screen) and visually-hidden utility classes. A stylesheet rule that hides text is
 * beyond what a static reading can know (the browser tests check that).
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { styleHidesText } from './hidden-style.ts';

/** Never rendered, or (iframe, video, audio, canvas) their children are fallback a browser does not show. */
const neverShown = new Set([
  'template',
  'script',
  'style',
  'noscript',
  'head',
  'title',
  'meta',
  'link',
  'iframe',
  'video',
  'audio',
  'canvas',
  'noembed',
  'noframes',
]);
const hiddenClass = /^(sr-only|visually-hidden|visuallyhidden|screen-reader-text|hidden|invisible)$/i;

export function isHidden(node: Element): boolean {
  if (neverShown.has(node.tagName)) return true;
  const { properties } = node;
  if (properties.hidden !== undefined && properties.hidden !== false && properties.hidden !== null) return true;
  if (String(properties.ariaHidden) === 'true') return true;
  const classes = Array.isArray(properties.className) ? properties.className : [];
  if (classes.some((name) => hiddenClass.test(String(name)))) return true;
  return typeof properties.style === 'string' && styleHidesText(properties.style);
}

/**
 * A copy of the tree with only what is shown. `<q>` gets the quotation marks a browser draws
 * around it, so that a `<q>` and a typed quotation read the same.
 */
export function visibleTree<T extends Root | Element>(node: T, depth = 0): T {
  const children: ElementContent[] = [];
  for (const child of node.children as Array<Nodes>) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (child.type === 'element') {
      if (isHidden(child)) continue;
      const shown = visibleTree(child, child.tagName === 'q' ? depth + 1 : depth);
      if (child.tagName === 'q') {
        const [open, close] = depth % 2 === 0 ? ['\u201C', '\u201D'] : ['\u2018', '\u2019'];
        shown.children = [{ type: 'text', value: open }, ...shown.children, { type: 'text', value: close }];
      }
      children.push(shown);
    } else if (child.type === 'text') {
      children.push(child);
    }
  }
  return { ...node, children };
}

/** The text of a tree already reduced to what is shown, one entry per block (paragraph, heading, item, cell, …). */
export function textBlocks(shown: Root | Element): string[] {
  return toText(shown, { whitespace: 'normal' })
    .split(/\n+/)
    .map((block) => block.trim())
    .filter(Boolean);
}

/** Visible text split into blocks. */
export function visibleBlocks(node: Root | Element): string[] {
  return textBlocks(visibleTree(node));
}
