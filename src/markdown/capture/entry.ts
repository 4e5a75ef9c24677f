/**
 * What a render captures for the pages, besides its HTML, and how a page reads it from an entry:
 * the reading facts (the teaser for the index and the page description, the word count behind
 * the reading time) and who the text cites (`CitedFacts`), both kept in the entry's metadata by
 * the render thread. The plugins that capture them are `plugins.ts`.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { SourceFacts } from '../../text/source-facts.ts';
import { countWords, firstSentence } from '../../text/segment.ts';

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

/** An entry's citation facts, captured by its render (as JSON, see threads/render-worker.ts): the site's renders always capture them. */
export function citedFacts(entry: { id: string; rendered?: { metadata?: Record<string, unknown> | undefined } | undefined }): CitedFacts {
  const stored = entry.rendered?.metadata?.cited;
  const cited = typeof stored === 'string' ? (JSON.parse(stored) as CitedFacts) : undefined;
  if (!cited)
    throw new Error(
      `article ${entry.id}: its render captured no citation facts (was it rendered by the site's Markdown processor, set by the news-reader integration?)`,
    );
  return cited;
}
