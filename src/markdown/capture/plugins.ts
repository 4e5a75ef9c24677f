/**
 * The plugins that capture, from the very tree a render makes, what the render hands out besides
 * its HTML:
 * - the source's facts (`SourceFacts`) just before sanitising (`rehypeCaptureSource`), for what
 *   follows and, when the verifier is in the build, for the verifier, so that it need not parse
 *   each Markdown file again;
 * - placed last (`rehypeCaptureReading`): the reading facts of the text as published, and who the
 *   text cites (`CitedFacts`), found in the source by the very code the verifier runs on it
 *   (`src/text/claims.ts`), for the page's proof sections; the blocks that credit a source get an
 *   `id` to link to (`anchors.ts`).
 * They leave what they find in `store.ts` for the render thread.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';
import { citedSources, claimsOf, claimsOfFacts } from '../../text/claims.ts';
import { firstSentence } from '../../text/segment.ts';
import { sourceFactsOf, wordsOfFacts, type SourceFacts } from '../../text/source-facts.ts';
import { typeset } from '../plugins/typography.ts';
import { anchorBlocks } from './anchors.ts';
import type { CitedFacts } from './entry.ts';
import { capturedSoFar, keep } from './store.ts';

/** What a render is asked to capture: reading and citation facts, and the source's facts. */
export interface CaptureOptions {
  /** Hand the source's facts over (for the verifier); they are captured either way. */
  source: boolean;
}

/** The first sentence of the first paragraph of a rendered tree. */
export function teaserOf(tree: Root, lang: string): string {
  const paragraph = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'p');
  return paragraph ? firstSentence(toText(paragraph).replace(/\s+/g, ' ').trim(), lang) : '';
}

/**
 * The language of the article a render is for. Astro passes the entry's data, parsed by the
 * article schema (which gives `lang` its default), as the render's frontmatter.
 */
export function langOf(file: VFile): string {
  const { lang } = (file.data.astro?.frontmatter ?? {}) as { lang?: unknown };
  return typeof lang === 'string' ? lang : 'en';
}

/** Placed just before sanitising: the source as written, so that whatever sanitising removes shows. */
export function rehypeCaptureSource() {
  return (tree: Root, file: VFile) => {
    if (file.path) keep(file.path, { source: sourceFactsOf(tree, langOf(file), String(file.value)) });
  };
}

/**
 * Who the text cites and what the verifier will count in it, found in the source exactly as the
 * verifier finds them (so the page states the verifier's own counts), shown as published
 * (typography applied); anchors, in the published tree, the blocks that credit a source.
 */
export function citedFactsOf(tree: Root, source: SourceFacts): CitedFacts {
  const { blocks } = source;
  const claims = claimsOfFacts(source);
  const sources = citedSources(claims.attributions);
  const anchors = anchorBlocks(tree, blocks, new Set(sources.flatMap((cited) => cited.cues.map(({ block }) => block))));
  return {
    sources: sources.map(({ name, cues }) => ({
      name: typeset(name),
      cues: cues.map(({ cue, block }) => ({ cue: typeset(cue), anchor: anchors.get(block) })),
    })),
    quotations: claims.quotations.map(({ text, attributedTo }) => ({ text: typeset(text), by: attributedTo && typeset(attributedTo) })),
    counts: {
      quotations: claims.quotations.length,
      blockquotes: source.blockquotes.length,
      attributions: claims.attributions.length,
      words: wordsOfFacts(source),
    },
  };
}

/** Placed last: the text as published, and what the source (captured before sanitising) cites. */
export function rehypeCaptureReading() {
  return (tree: Root, file: VFile) => {
    const lang = langOf(file);
    if (!file.path) return;
    const read = capturedSoFar(file.path)?.source ?? sourceFactsOf(tree, lang);
    // The claims and words travel with the source's facts, so the verifier in the build need not find them again.
    const source = { ...read, claims: claimsOf(read.blocks, read.lang), words: wordsOfFacts(read) };
    const cited = citedFactsOf(tree, source);
    keep(file.path, { reading: { teaser: teaserOf(tree, lang), words: cited.counts.words }, cited, source });
  };
}
