/**
 * What the verifier needs of an article's source: its visible text blocks and its blockquotes,
 * read from the tree before sanitising. The site's own render captures them from its parse
 * (`rehypeCaptureSource`), so a build reads each Markdown file once; the standalone verifier
 * computes them with `sourceTree`.
 */
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import type { VFile } from 'vfile';
import { langOf } from '../lib/reading-facts.ts';
import { textBlocks, visibleTree } from './visible-text.ts';

export interface SourceFacts {
  blocks: string[];
  blockquotes: string[];
  /** The language they were read in. */
  lang: string;
}

export function sourceFactsOf(tree: Root, lang: string): SourceFacts {
  const shown = visibleTree(tree);
  const blocks = textBlocks(shown);
  return {
    blocks,
    blockquotes: selectAll('blockquote', shown).map((quote) => textBlocks(quote).join('\n')),
    lang,
  };
}

const captured = new Map<string, SourceFacts>();

/** A rehype plugin for the site's pipeline, placed just before sanitising. */
export function rehypeCaptureSource() {
  return (tree: Root, file: VFile) => {
    if (file.path) captured.set(file.path, sourceFactsOf(tree, langOf(file)));
  };
}

/** The facts captured while rendering `path`, handed over once. */
export function takeCapturedSource(path: string): SourceFacts | undefined {
  const facts = captured.get(path);
  captured.delete(path);
  return facts;
}

/**
 * Facts gathered during a build, by absolute file path, for the verifier at the end of it, and
 * whether anything will read them (the verifier's integration says so; without it, renders
 * capture nothing). On globalThis because the content layer and the integration may load this
 * module separately.
 */
const shared = ((globalThis as Record<symbol, unknown>)[Symbol.for('news-reader.source-facts')] ??= { facts: new Map(), capture: { wanted: false } }) as {
  facts: Map<string, SourceFacts>;
  capture: { wanted: boolean };
};
export const buildSourceFacts = shared.facts;
export const sourceCapture = shared.capture;
