/**
 * Reading aids computed from an article's rendered tree while it renders (on a worker thread):
 * the teaser shown on the index and in the page description, and the word count behind the
 * reading time (of the text as published). Pages fall back to computing them from the Markdown
 * when an entry lacks them.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';
import { countWords, firstParagraph, firstSentence } from './text.ts';

export interface ReadingFacts {
  teaser: string;
  words: number;
}

/** The first sentence of the first paragraph of a rendered tree. */
export function teaserOf(tree: Root, lang: string): string {
  const paragraph = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'p');
  return paragraph ? firstSentence(toText(paragraph).replace(/\s+/g, ' ').trim(), lang) : '';
}

/** The language of the article a render is for (Astro passes the entry's data as frontmatter). */
export function langOf(file: VFile): string {
  const { lang } = (file.data.astro?.frontmatter ?? {}) as { lang?: unknown };
  return typeof lang === 'string' ? lang : 'en';
}

const captured = new Map<string, ReadingFacts>();

/** The last rehype plugin of the site's pipeline in a render worker: keeps the facts by file. */
export function rehypeCaptureReading() {
  return (tree: Root, file: VFile) => {
    const lang = langOf(file);
    if (file.path) captured.set(file.path, { teaser: teaserOf(tree, lang), words: countWords(toText(tree), lang) });
  };
}

/** The reading facts of the file just rendered, handed over once. */
export function takeReadingFacts(path: string): ReadingFacts | undefined {
  const facts = captured.get(path);
  captured.delete(path);
  return facts;
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
