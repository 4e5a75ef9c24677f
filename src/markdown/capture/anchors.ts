/**
 * Anchors for the blocks that credit a source: the element of the published tree that shows a
 * source block gets an `id` (`p<n>`), so that "Who is cited" can link each cue to its paragraph.
 */
import type { Element, Root } from 'hast';
import { blockOpening, lettersAndDigits } from '../../text/normalize.ts';
import { letterAt } from '../../text/segment.ts';
import { elementsWhere, walk } from '../../text/tree.ts';

/** Elements a text block can be: the ones an anchor may go on. */
const blockElements = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'figcaption', 'caption', 'pre']);

/** How far into an element a block's opening may start. */
const REACH = 480;

/**
 * Whether an element's text, letters and digits alone, opens with `opening`: read only as far as
 * it takes to tell, which for an element that is not the one sought is a letter or two. (Making
 * the key of every element's text instead made the capture markedly slower, `npm run bench:render`.)
 */
function opensWith(element: Element, opening: string): boolean {
  let at = 0;
  let opens = opening.length === 0;
  walk(element, (node) => {
    if (node.type !== 'text') return undefined;
    for (const ch of node.value) {
      if (!letterAt(ch, 0, true)) continue;
      if (!opening.startsWith(ch, at)) return 'exit';
      at += ch.length;
      if (at >= opening.length) {
        opens = true;
        return 'exit';
      }
    }
    return undefined;
  });
  return opens;
}

/** The opening of an element's text, up to `REACH` characters: its text nodes read in order, no more. */
function openingText(element: Element): string {
  let text = '';
  walk(element, (node) => {
    if (node.type === 'text') text += node.value;
    return text.length >= REACH ? 'exit' : undefined;
  });
  return text;
}

/**
 * Gives the elements holding the wanted blocks an `id` (`p<n>`, n the block's number from 1).
 * Blocks are the visible text cut at block boundaries, so the element of block n is the first
 * one, after the element of the block before, whose text opens with it; failing that (a block
 * after a line break), the first whose text holds its opening. A block the anchor cannot be
 * placed for is still listed, without a link.
 */
export function anchorBlocks(tree: Root, blocks: readonly string[], wanted: ReadonlySet<number>): Map<number, string> {
  const anchors = new Map<number, string>();
  if (wanted.size === 0) return anchors;
  const elements = elementsWhere(tree, (element) => blockElements.has(element.tagName));
  let at = 0;
  /** The index of the first element from `at` on that passes `test`, -1 when none does. */
  const after = (test: (element: Element) => boolean) => {
    for (let i = at; i < elements.length; i++) if (test(elements[i]!)) return i;
    return -1;
  };
  for (const block of [...wanted].sort((a, b) => a - b)) {
    const opening = blockOpening(blocks[block] ?? '');
    let found = after((element) => opensWith(element, opening));
    if (found < 0) found = after((element) => lettersAndDigits(openingText(element)).includes(opening));
    if (found < 0) continue;
    const element = elements[found]!;
    element.properties.id ??= `p${block + 1}`;
    anchors.set(block, String(element.properties.id));
    at = found + 1;
  }
  return anchors;
}
