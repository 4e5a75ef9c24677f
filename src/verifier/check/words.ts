/**
 * Word-by-word comparison of the source text with the page text: an alignment (Myers' diff
 * from the `diff` package), so that order counts and each lost, added or changed word is
 * reported where it happened.
 */
import { diffArrays } from 'diff';
import { normalizeTypography } from '../../text/normalize.ts';
import { segmenter } from '../../text/segment.ts';
import type { SourceAnalysis } from './analyse.ts';
import type { ComparedPage } from './page.ts';
import { clip, type Failure } from './report.ts';

export function wordsOf(text: string, lang: string): string[] {
  const words: string[] = [];
  for (const part of segmenter(lang, 'word').segment(normalizeTypography(text))) {
    if (part.isWordLike) words.push(part.segment);
  }
  return words;
}

/** The passage of the page that looks most like what was expected, to show in a failure. */
export function closest(expected: string, passages: readonly string[], lang: string): string {
  const want = new Set(wordsOf(expected, lang));
  let best = '';
  let bestScore = 0;
  for (const passage of passages) {
    const score = wordsOf(passage, lang).filter((word) => want.has(word)).length;
    if (score > bestScore) [best, bestScore] = [passage, score];
  }
  return best ? clip(best) : '(nothing like it on the page)';
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

function describeChange(change: WordChange): string {
  const where = change.context ? ` after "…${change.context}"` : ' at the start';
  switch (change.kind) {
    case 'lost':
      return `lost "${change.expected}"${where}`;
    case 'added':
      return `added "${change.found}"${where}`;
    default:
      return `changed "${change.expected}" to "${change.found}"${where}`;
  }
}

/**
 * Every word of the source, in order, on the page; an article with no words left is no article.
 * `identical` as for `checkQuotations`: then every word is there and no alignment is needed.
 */
export function checkWords(source: SourceAnalysis, page: ComparedPage, identical: boolean): { matched: number; failures: Failure[] } {
  const failures: Failure[] = [];
  if (source.words === 0) {
    failures.push({
      check: 'text',
      message: 'the article has no readable text: everything in its body is markup that is removed (scripts, styles, …)',
      expected: 'some text',
      found: '(nothing)',
    });
  }
  if (identical) return { matched: source.words, failures };
  const sourceWords = source.blocks.flatMap((block) => wordsOf(block, source.lang));
  const alignment = alignWords(
    sourceWords,
    page.body.flatMap((block) => wordsOf(block, source.lang)),
  );
  for (const change of alignment.changes)
    failures.push({ check: 'text', message: describeChange(change), expected: change.expected, found: change.found });
  return { matched: alignment.matched, failures };
}
