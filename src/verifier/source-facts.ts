/**
 * What the verifier needs of an article's source: its visible text blocks and its blockquotes,
 * read from the tree before sanitising. The site's own render captures them from its parse
 * (`rehypeCaptureSource`), so a build reads each Markdown file once; the standalone verifier
 * computes them with `sourceTree`.
 */
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import type { VFile } from 'vfile';
import { textBlocks, visibleTree } from './visible-text.ts';

export interface SourceFacts {
  blocks: string[];
  blockquotes: string[];
}

export function sourceFactsOf(tree: Root): SourceFacts {
  const shown = visibleTree(tree);
  return {
    blocks: textBlocks(shown),
    blockquotes: selectAll('blockquote', shown).map((quote) => textBlocks(quote).join('\n')),
  };
}

const captured = new Map<string, SourceFacts>();

/** A rehype plugin for the site's pipeline, placed just before sanitising. */
export function rehypeCaptureSource() {
  return (tree: Root, file: VFile) => {
    if (file.path) captured.set(file.path, sourceFactsOf(tree));
  };
}

/** The facts captured while rendering `path`, handed over once. */
export function takeCapturedSource(path: string): SourceFacts | undefined {
  const facts = captured.get(path);
  captured.delete(path);
  return facts;
}

/**
 * Facts gathered during a build, by absolute file path, for the verifier at the end of it. On
 * globalThis because the content layer and the integration may load this module separately.
 */
export const buildSourceFacts: Map<string, SourceFacts> = ((globalThis as Record<symbol, unknown>)[Symbol.for('news-reader.source-facts')] ??= new Map()) as Map<string, SourceFacts>;
