/**
 * What a render hands out besides its HTML, from the very tree it renders:
 * - reading facts (the teaser for the index and the page description, the word count behind the
 *   reading time, both of the text as published), kept in the entry's metadata;
 * - when asked (the verifier is in the build), the source's facts (`SourceFacts`) just before
 *   sanitising, so that the verifier need not parse each Markdown file again.
 * The plugins keep what they capture by file; the renderer takes it once the render is done.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { countWords, firstSentence } from '../text/segment.ts';
import { sourceFactsOf, type SourceFacts } from '../text/source-facts.ts';

export interface ReadingFacts {
  teaser: string;
  words: number;
}

/** What one render captured. */
export interface Captured {
  reading?: ReadingFacts | undefined;
  source?: SourceFacts | undefined;
}

/** What a render is asked to capture; reading facts always. */
export interface CaptureOptions {
  /** Capture the source's facts before sanitising (for the verifier). */
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

/** Placed last: the text as published. */
export function rehypeCaptureReading() {
  return (tree: Root, file: VFile) => {
    const lang = langOf(file);
    if (file.path) keep(file.path, { reading: { teaser: teaserOf(tree, lang), words: countWords(toText(tree), lang) } });
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
