/**
 * Plain-text helpers for index and reading aids, built on the platform's Intl segmenters so
 * that every script (Arabic, Chinese, …) is cut where its own rules say.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

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

export function firstSentence(text: string, lang: string): string {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  for (const { segment } of segmenter.segment(text)) {
    const sentence = segment.trim();
    if (sentence) return sentence;
  }
  return '';
}

export function countWords(text: string, lang: string): number {
  let words = 0;
  for (const part of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    if (part.isWordLike) words += 1;
  }
  return words;
}

/** Minutes at an unhurried 200 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}

/** `rtl` for scripts written right to left, from the platform's locale data where it has it. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => { direction?: string } };
    return locale.getTextInfo?.().direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** A one-sentence description of an article: its summary, or the first sentence of its text. */
export function articleTeaser(entry: { body?: string | undefined; data: { summary?: string | undefined; lang: string } }): string {
  return entry.data.summary ?? firstSentence(firstParagraph(entry.body ?? ''), entry.data.lang);
}
