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

const segmenters = new Map<string, Intl.Segmenter>();

/** Segmenters are costly to make (locale data is loaded each time), so one per language and kind. */
export function segmenter(lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${granularity}:${lang}`;
  let made = segmenters.get(key);
  if (!made) segmenters.set(key, (made = new Intl.Segmenter(lang, { granularity })));
  return made;
}

export function firstSentence(text: string, lang: string): string {
  for (const { segment } of segmenter(lang, 'sentence').segment(text)) {
    const sentence = segment.trim();
    if (sentence) return sentence;
  }
  return '';
}

export function countWords(text: string, lang: string): number {
  let words = 0;
  for (const part of segmenter(lang, 'word').segment(text)) {
    if (part.isWordLike) words += 1;
  }
  return words;
}

/** Minutes at an unhurried 200 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}

const directions = new Map<string, 'ltr' | 'rtl'>();

/** `rtl` for scripts written right to left, from the platform's locale data where it has it. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  let direction = directions.get(lang);
  if (!direction) {
    try {
      const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => { direction?: string } };
      direction = locale.getTextInfo?.().direction === 'rtl' ? 'rtl' : 'ltr';
    } catch {
      direction = 'ltr';
    }
    directions.set(lang, direction);
  }
  return direction;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date as its language writes it (in UTC, the zone dates are given in); formatters made once per language. */
export function formatDate(date: Date, lang: string, style: 'long' | 'medium'): string {
  const key = `${lang}:${style}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' })));
  return format.format(date);
}

