/**
 * What the verifier needs of an article's source: its visible text blocks and its blockquotes,
 * read from the hast tree before sanitising. Pure: the Markdown pipeline computes them from its
 * own parse while rendering (see `src/markdown/capture.ts`), the verifier from a parse of its own
 * when the build did not hand them over.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { textBlocks, visibleTree } from './visible.ts';

export interface SourceFacts {
  /** Visible text, one entry per block (paragraph, heading, item, cell, …). */
  blocks: string[];
  /** The visible text of each blockquote (a nested one counts within its parent). */
  blockquotes: string[];
  /** The language they were read in. */
  lang: string;
}

function blockquotesOf(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'blockquote') return undefined;
    found.push(node);
    return undefined;
  });
  return found;
}

export function sourceFactsOf(tree: Root, lang: string): SourceFacts {
  const shown = visibleTree(tree);
  return {
    blocks: textBlocks(shown),
    blockquotes: blockquotesOf(shown).map((quote) => textBlocks(quote).join('\n')),
    lang,
  };
}
