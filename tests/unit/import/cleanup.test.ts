import { describe, expect, it } from 'vitest';
import { cleanParagraph, joinSplitParagraphs, type Cleanup } from '../../../src/import/cleanup.ts';

function clean(text: string): { text: string; cleanup: Cleanup[] } {
  const cleanup: Cleanup[] = [];
  return { text: cleanParagraph(text, cleanup), cleanup };
}

describe('clean-up rules', () => {
  it.each([
    ['orphan-brackets', 'the province of [Deir Ezzor] and [Hajin]', 'the province of Deir Ezzor and Hajin', ['[Deir Ezzor]', '[Hajin]']],
    ['placeholder-link', 'Source [Press TV](#) and [x]() said', 'Source Press TV and x said', ['[Press TV](#)', '[x]()']],
    [
      'html-entities',
      'AT&amp;T and &#8220;quoted&#8221; but not a&b or &copy=2',
      'AT&T and “quoted” but not a&b or &copy=2',
      ['&amp;', '&#8220;', '&#8221;'],
    ],
    ['invisible-characters', 'Deir\u00ADEzzor\u00A0province\u200B', 'DeirEzzor province', ['Deir\u00ADEzzor\u00A0province\u200B']],
  ] as const)('%s changes markup only, and logs each change', (rule, input, output, befores) => {
    const { text, cleanup } = clean(input);
    expect(text).toBe(output);
    expect(cleanup.map((change) => change.rule)).toEqual(befores.map(() => rule));
    expect(cleanup.map((change) => change.before)).toEqual(befores);
  });

  it('decodes entities exactly once', () => {
    expect(clean('&amp;amp; and &amp;lt;').text).toBe('&amp; and &lt;');
  });

  it('leaves an editor’s brackets, ratings, citations and acronyms as written', () => {
    const input = 'He [the minister] said [sic] it got [A+] and [1] from the [UN].';
    expect(clean(input)).toEqual({ text: input, cleanup: [] });
  });

  it('leaves brackets inside a quotation: there they are an editor’s insertion', () => {
    for (const input of [
      'Fischer said, "[Khan] had been released a year ago".',
      'Il a dit : « [Dupont] est parti ».',
      'She wrote “[Smith] agreed” and [Hajin] fell.',
    ]) {
      const { text, cleanup } = clean(input);
      expect(text).toContain('[');
      expect(cleanup.map((change) => change.before)).toEqual(input.includes('[Hajin]') ? ['[Hajin]'] : []);
    }
  });

  it('joins a paragraph split mid-sentence, and only that', () => {
    const log: Cleanup[] = [];
    expect(joinSplitParagraphs(['It was a bloody', 'attack on the town.', 'New paragraph.', 'Ends here.', 'lowercase start'], log)).toEqual(
      ['It was a bloody attack on the town.', 'New paragraph.', 'Ends here.', 'lowercase start'],
    );
    expect(log).toEqual([{ rule: 'split-paragraph', before: 'was a bloody\n\nattack on the', after: 'was a bloody attack on the' }]);
  });
});
