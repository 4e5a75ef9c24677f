/**
 * What a render hands out besides its HTML, from the very tree it renders:
 * - reading facts (the teaser for the index and the page description, the word count behind the
 *   reading time, both of the text as published), kept in the entry's metadata;
 * - who the text cites (`CitedFacts`: the sources its attributions name, its quotations with their
 *   speakers, the counts the verifier checks), found in the source by the very code the verifier
 *   runs on it (`src/text/claims.ts`), for the page's proof sections; the blocks that credit a
 *   source get an `id` to link to;
 * - the source's facts (`SourceFacts`) just before sanitising, for the above and, when the
 *   verifier is in the build, for the verifier, so that it need not parse each Markdown file again.
 * The plugins keep what they capture by file; the renderer takes it once the render is done.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { citedSources, claimsOf, claimsOfFacts } from '../text/claims.ts';
import { countWords, firstSentence, letterAt } from '../text/segment.ts';
import { sourceFactsOf, wordsOfFacts, type SourceFacts } from '../text/source-facts.ts';
import { elementsWhere, walk } from '../text/tree.ts';
import { typeset } from './rehype-typography.ts';

export interface ReadingFacts {
  teaser: string;
  words: number;
}

/** What the verifier counts in an article; the page states them and the verifier holds it to them. */
export interface ProofCounts {
  quotations: number;
  blockquotes: number;
  attributions: number;
  words: number;
}

export interface CitedFacts {
  /** Each source credited, in order of first mention, with its cues and the id of the block saying each. */
  sources: Array<{ name: string; cues: Array<{ cue: string; anchor?: string | undefined }> }>;
  /** The quotations as published, with their speaker (`by`) when the text names one. */
  quotations: Array<{ text: string; by?: string | undefined }>;
  counts: ProofCounts;
}

/** What one render captured. */
export interface Captured {
  reading?: ReadingFacts | undefined;
  cited?: CitedFacts | undefined;
  source?: SourceFacts | undefined;
}

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

const captured = new Map<string, Captured>();

function keep(path: string, facts: Captured): void {
  captured.set(path, { ...captured.get(path), ...facts });
}

/** Placed just before sanitising: the source as written, so that whatever sanitising removes shows. */
export function rehypeCaptureSource() {
  return (tree: Root, file: VFile) => {
    if (file.path) keep(file.path, { source: sourceFactsOf(tree, langOf(file), String(file.value)) });
  };
}

/** Elements a text block can be: the ones an anchor may go on. */
const blockElements = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'figcaption', 'caption', 'pre']);

/**
 * Source blocks and published elements are compared by their letters and digits alone:
 * typography (straight against curly quotes, dashes) and white space aside.
 */
const key = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');

/** How much of a block identifies it, and how far into an element it may start. */
const OPENING = 48;
const REACH = 480;

/**
 * Whether an element's text, letters and digits alone, opens with `opening`: read only as far as
 * it takes to tell, which for an element that is not the one sought is a letter or two. (Making
 * the key of every element's text instead cost a fifth of the capture, `npm run bench:render`.)
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
function anchorBlocks(tree: Root, blocks: readonly string[], wanted: ReadonlySet<number>): Map<number, string> {
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
    const opening = key((blocks[block] ?? '').slice(0, OPENING * 2)).slice(0, OPENING);
    let found = after((element) => opensWith(element, opening));
    if (found < 0) found = after((element) => key(openingText(element)).includes(opening));
    if (found < 0) continue;
    const element = elements[found]!;
    element.properties.id ??= `p${block + 1}`;
    anchors.set(block, String(element.properties.id));
    at = found + 1;
  }
  return anchors;
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
    sources: sources.map(({ name, cues }) => ({ name: typeset(name), cues: cues.map(({ cue, block }) => ({ cue: typeset(cue), anchor: anchors.get(block) })) })),
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
    const read = captured.get(file.path)?.source ?? sourceFactsOf(tree, lang);
    // The claims and words travel with the source's facts, so the verifier in the build need not find them again.
    const source = { ...read, claims: claimsOf(read.blocks, read.lang), words: wordsOfFacts(read) };
    const cited = citedFactsOf(tree, source);
    keep(file.path, { reading: { teaser: teaserOf(tree, lang), words: cited.counts.words }, cited, source });
  };
}

/** What the render of `path` captured, handed over once. */
export function takeCaptured(path: string): Captured {
  const facts = captured.get(path) ?? {};
  captured.delete(path);
  return facts;
}

/** The first paragraph of a Markdown body as plain text (raw HTML left out). */
export function firstParagraph(markdown: string): string {
  // Only the opening of a long body is needed; cut at a blank line well past the first paragraph.
  const head = markdown.slice(0, 4000);
  const tree = fromMarkdown(head);
  for (const node of tree.children) {
    if (node.type === 'paragraph') {
      const text = toString(node, { includeHtml: false, includeImageAlt: false }).replace(/\s+/g, ' ').trim();
      if (text) return text;
    }
  }
  return '';
}

interface EntryLike {
  body?: string | undefined;
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
  data: { summary?: string | undefined; lang: string };
}

/** An entry's reading facts: from its render when there, otherwise from its Markdown. */
export function readingFacts(entry: EntryLike): ReadingFacts {
  const fromRender = entry.rendered?.metadata?.reading as ReadingFacts | undefined;
  const facts = fromRender ?? {
    teaser: firstSentence(firstParagraph(entry.body ?? ''), entry.data.lang),
    words: countWords(entry.body ?? '', entry.data.lang),
  };
  return entry.data.summary ? { ...facts, teaser: entry.data.summary } : facts;
}

/** An entry's citation facts, captured by its render (as JSON, see render-worker.ts): the site's renders always capture them. */
export function citedFacts(entry: { id: string; rendered?: { metadata?: Record<string, unknown> | undefined } | undefined }): CitedFacts {
  const stored = entry.rendered?.metadata?.cited;
  const cited = typeof stored === 'string' ? (JSON.parse(stored) as CitedFacts) : undefined;
  if (!cited) throw new Error(`article ${entry.id}: its render captured no citation facts (was it rendered by the site's Markdown processor, set by the news-reader integration?)`);
  return cited;
}
