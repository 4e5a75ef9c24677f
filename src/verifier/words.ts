/**
 * Word-by-word comparison of the source text with the page text: an alignment (Myers' diff
 * from the `diff` package), so that order counts and each lost, added or changed word is
 * reported where it happened.
 */
import { diffArrays } from 'diff';
import { segmenter } from '../lib/text.ts';
import { normalizeTypography } from './normalize.ts';

export function wordsOf(text: string, lang: string): string[] {
  const words: string[] = [];
  for (const part of segmenter(lang, 'word').segment(normalizeTypography(text))) {
    if (part.isWordLike) words.push(part.segment);
  }
  return words;
}

export interface WordChange {
  kind: 'lost' | 'added' | 'changed';
  expected: string;
  found: string;
  /** A few source words before the change, to find it by. */
  context: string;
}

export interface WordAlignment {
  total: number;
  matched: number;
  changes: WordChange[];
}

const CONTEXT = 6;

export function alignWords(source: readonly string[], page: readonly string[]): WordAlignment {
  const parts = diffArrays(source as string[], page as string[]);
  const changes: WordChange[] = [];
  let matched = 0;
  let position = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      matched += part.count ?? part.value.length;
      position += part.value.length;
      continue;
    }
    const context = source.slice(Math.max(0, position - CONTEXT), position).join(' ');
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      changes.push({ kind: 'changed', expected: part.value.join(' '), found: next.value.join(' '), context });
      position += part.value.length;
      i++;
    } else if (part.removed) {
      changes.push({ kind: 'lost', expected: part.value.join(' '), found: '', context });
      position += part.value.length;
    } else {
      changes.push({ kind: 'added', expected: '', found: part.value.join(' '), context });
    }
  }
  return { total: source.length, matched, changes };
}
