/**
 * Reading aids computed from an article's rendered tree while it renders (on a worker thread):
 * the teaser shown on the index and in the page description, and the word count behind the
 * reading time. Pages fall back to computing them from the Markdown when an entry lacks them.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';
import { countWords, firstParagraph, firstSentence } from './text.ts';

export interface ReadingFacts {
  teaser: string;
  words: number;
}

export function readingFactsOf(tree: Root, lang: string): ReadingFacts {
  const paragraph = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'p');
  const teaser = paragraph ? firstSentence(toText(paragraph).replace(/\s+/g, ' ').trim(), lang) : '';
  return { teaser, words: countWords(toText(tree), lang) };
}

const captured = new Map<string, ReadingFacts>();

/** The last rehype plugin of the site's pipeline in a render worker. */
export function rehypeCaptureReading() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data.astro?.frontmatter ?? {}) as { lang?: unknown };
    if (file.path) captured.set(file.path, readingFactsOf(tree, typeof frontmatter.lang === 'string' ? frontmatter.lang : 'en'));
  };
}

export function takeCapturedReading(path: string): ReadingFacts | undefined {
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
