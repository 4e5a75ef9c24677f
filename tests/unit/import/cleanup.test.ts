import { describe, expect, it } from 'vitest';
import { cleanParagraph, joinSplitParagraphs, showsMarkdownLinks, type Cleanup } from '../../../src/import/cleanup.ts';

/** A paragraph of scraped Markdown that shows links, where bare brackets may be their residue. */
function clean(text: string, { linkResidue = true } = {}): { text: string; cleanup: Cleanup[] } {
  const cleanup: Cleanup[] = [];
  return { text: cleanParagraph(text, cleanup, { linkResidue }), cleanup };
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

  it('removes brackets only from scraped Markdown that shows links: never from a dataset row or a web page', () => {
    const input = 'The strikes hit the province of [Deir Ezzor] on the 8th [March] alone.';
    expect(clean(input, { linkResidue: false })).toEqual({ text: input, cleanup: [] });
    expect(showsMarkdownLinks('Source: [Press TV](#)\n\nIn [Deir Ezzor].')).toBe(true);
    expect(showsMarkdownLinks('In [Deir Ezzor]. She [Judit Polgár] played [Nods].')).toBe(false);
  });

  it('leaves the brackets an editor puts after a pronoun, even in scraped Markdown', () => {
    for (const input of ['She [Judit Polgár] played well.', 'Il [Dupont] est parti.', 'They said his [Smith’s] plan failed.']) {
      expect(clean(input)).toEqual({ text: input, cleanup: [] });
    }
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
