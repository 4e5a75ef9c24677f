/**
 * The end-to-end proof for an imported article: its page must show the original's text, after
 * the clean-ups its entry logs, character for character (typography and white space aside, as
 * `normalizeTypography` forgives). Pure: the run reads the original and hands its text here.
 */
import { normalizeTypography } from '../../text/normalize.ts';
import type { SourceAnalysis } from './analyse.ts';
import type { ComparedPage } from './page.ts';
import type { Failure } from './report.ts';

const CONTEXT = 40;

/** Where two normalised texts first differ, with a little of each around it; undefined when equal. */
export function firstDifference(expected: string, found: string): { at: number; expected: string; found: string } | undefined {
  if (expected === found) return undefined;
  let at = 0;
  while (at < expected.length && at < found.length && expected[at] === found[at]) at++;
  const from = Math.max(0, at - CONTEXT);
  const excerpt = (text: string) => `${from > 0 ? '…' : ''}${text.slice(from, at + CONTEXT)}${at + CONTEXT < text.length ? '…' : ''}`;
  return { at, expected: excerpt(expected), found: excerpt(found) };
}

/** The page's article text against the original's, every character. */
export function checkOriginalText(source: Pick<SourceAnalysis, 'text'>, page: Pick<ComparedPage, 'text'>): Failure[] {
  const difference = firstDifference(source.text, page.text);
  if (!difference) return [];
  return [
    {
      check: 'original',
      message: `the page's text differs from the original's at character ${difference.at}`,
      expected: difference.expected,
      found: difference.found,
    },
  ];
}

/** The entry's own text (its Markdown, as read) against the original's: an edit the log does not account for. */
export function checkEntryAgainstOriginal(entryBlocks: readonly string[], originalBlocks: readonly string[]): Failure[] {
  const [original, entry] = [originalBlocks.join('\n'), entryBlocks.join('\n')];
  // Most often the very same text: no need to normalise either.
  if (original === entry) return [];
  const difference = firstDifference(normalizeTypography(original), normalizeTypography(entry));
  if (!difference) return [];
  return [
    {
      check: 'original',
      message: `the entry was edited beyond its clean-up log: its text differs from the original's at character ${difference.at}`,
      expected: difference.expected,
      found: difference.found,
    },
  ];
}
