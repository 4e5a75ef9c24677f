/**
 * What the verifier needs of an article's source: its visible text blocks and its blockquotes,
 * read from the hast tree before sanitising, and any tag the author wrote that is no HTML element
 * (`<REDACTED>`): a browser would show nothing of it, so its words would vanish. Pure: the
 * Markdown pipeline computes these from its own parse while rendering (see
 * `src/markdown/capture.ts`), the verifier from a parse of its own when the build did not hand
 * them over.
 */
import type { Root } from 'hast';
import { htmlTagNames } from 'html-tag-names';
import type { Claims } from './claims.ts';
import { blocksText } from './normalize.ts';
import { countWords } from './segment.ts';
import { elementsWhere, walk } from './tree.ts';
import { textBlocks, visibleTree } from './visible.ts';

/** A tag that is no HTML element, where the source has it. */
export interface UnknownTag {
  /** As written (`<REDACTED>`), or as parsed when the source text is not at hand. */
  tag: string;
  /** Line, 1-based, when known: in the Markdown parsed, or (once the verifier placed it) in the content file. */
  line?: number | undefined;
}

export interface SourceFacts {
  /** Visible text, one entry per block (paragraph, heading, item, cell, …). */
  blocks: string[];
  /** The visible text of each blockquote (a nested one counts within its parent). */
  blockquotes: string[];
  /** The language they were read in. */
  lang: string;
  /** Tags that are no HTML element; absent when there are none. */
  unknownTags?: UnknownTag[] | undefined;
  /**
   * Its quotations and attributions (`claimsOf` of `blocks`), when the render that read it found
   * them already for the page's proof sections: the verifier then need not find them again.
   */
  claims?: Claims | undefined;
  /** The words of `blocks` as the verifier counts them (`wordsOfFacts`), when the render counted them already. */
  words?: number | undefined;
}

/** Elements, and the roots of markup whose own names are not HTML's (SVG, MathML). */
const known = new Set([...htmlTagNames, 'svg', 'math']);

function unknownTagsOf(tree: Root, markdown: string | undefined): UnknownTag[] {
  const found: UnknownTag[] = [];
  walk(tree, (node) => {
    if (node.type !== 'element') return undefined;
    if (node.tagName === 'svg' || node.tagName === 'math') return 'skip';
    if (known.has(node.tagName)) return undefined;
    const start = node.position?.start;
    const written = markdown !== undefined && start?.offset !== undefined ? /^<[^>\s]+/.exec(markdown.slice(start.offset))?.[0] : undefined;
    found.push({ tag: written ? `${written}>` : `<${node.tagName}>`, ...(start ? { line: start.line } : {}) });
    return undefined;
  });
  return found;
}

/** `markdown`: the source the tree was parsed from, to quote an unknown tag as written. */
export function sourceFactsOf(tree: Root, lang: string, markdown?: string): SourceFacts {
  const unknownTags = unknownTagsOf(tree, markdown);
  const shown = visibleTree(tree);
  return {
    blocks: textBlocks(shown),
    blockquotes: elementsWhere(shown, (element) => element.tagName === 'blockquote').map((quote) => textBlocks(quote).join('\n')),
    lang,
    ...(unknownTags.length ? { unknownTags } : {}),
  };
}

/**
 * The words of a source's blocks, all at once and typography normalised (no word runs across a
 * block's end): those a render counted already (`SourceFacts.words`), else counted now.
 */
export function wordsOfFacts(facts: Pick<SourceFacts, 'blocks' | 'lang' | 'words'>, text?: string): number {
  return facts.words ?? countWords(text ?? blocksText(facts.blocks), facts.lang);
}
