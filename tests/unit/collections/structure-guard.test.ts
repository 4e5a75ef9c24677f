import { describe, expect, it } from 'vitest';
import { findStructureProblem } from '../../../src/collections/structure-guard.ts';

describe('findStructureProblem', () => {
  it('lets ordinary articles through, however long', () => {
    expect(findStructureProblem('Text.\n\n> quote\n>> nested\n\n- a\n  - b\n    - c\n\n[link](x) `code`\n'.repeat(1000))).toBeUndefined();
  });

  it.each([
    [
      '10,000 nested blockquotes',
      `Intro.\n\n${'>'.repeat(10_000)} deep\n`,
      { line: 3, message: 'blockquotes nested 10000 deep (at most 32); remove the extra ">" markers' },
    ],
    [
      'spaced nested blockquotes',
      `${'> '.repeat(40)}deep\n`,
      { line: 1, message: 'blockquotes nested 40 deep (at most 32); remove the extra ">" markers' },
    ],
    [
      '2,000 nested list items',
      Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
      { line: 82, message: 'a list nested more than 160 columns deep; flatten the list' },
    ],
    [
      '50,000 opening brackets',
      `Intro.\n\n${'['.repeat(50_000)}a${']'.repeat(50_000)}\n`,
      { line: 3, message: 'more than 5000 brackets in one paragraph; escape them (\\[) or break the paragraph up' },
    ],
    [
      '20,000 unclosed links',
      `${'[a](b'.repeat(20_000)}\n`,
      { line: 1, message: 'more than 5000 brackets in one paragraph; escape them (\\[) or break the paragraph up' },
    ],
  ])('refuses %s, naming the line', (_name, body, problem) => {
    expect(findStructureProblem(body)).toEqual(problem);
  });
});
