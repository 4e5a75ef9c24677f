import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../src/text/segment.ts';
import { alignWords, wordsOf } from '../../../../src/verifier/check/words.ts';
import { analyseSource } from '../../../../src/verifier/check/analyse.ts';

describe('alignWords', () => {
  const source = wordsOf('Twenty civilians, including women and children, were killed in Hajin.', 'en');

  it('matches identical text regardless of typography', () => {
    const page = wordsOf('Twenty civilians,  including women and children, were killed in Hajin.', 'en');
    expect(alignWords(source, page)).toEqual({ total: 10, matched: 10, changes: [] });
  });

  it('reports a lost word with where it was', () => {
    const page = wordsOf('Twenty civilians, including children, were killed in Hajin.', 'en');
    expect(alignWords(source, page).changes).toEqual([
      { kind: 'lost', expected: 'women and', found: '', context: 'Twenty civilians including' },
    ]);
  });

  it('reports an added and a changed word', () => {
    const page = wordsOf('Twenty civilians, including many women and children, were killed in Raqqa.', 'en');
    expect(alignWords(source, page).changes.map((c) => [c.kind, c.expected, c.found])).toEqual([
      ['added', '', 'many'],
      ['changed', 'Hajin', 'Raqqa'],
    ]);
  });

  it('counts order, not just the bag of words', () => {
    const page = wordsOf('Hajin in killed were children and women including civilians Twenty', 'en');
    expect(alignWords(source, page).matched).toBeLessThan(source.length);
  });

  it('segments scripts without spaces', () => {
    expect(wordsOf('افتتحت البلدية مكتبة', 'ar')).toEqual(['افتتحت', 'البلدية', 'مكتبة']);
  });
});

describe('the source word count', () => {
  // analyseSource counts the words of all blocks at once, normalised; the word check aligns the
  // words of each block. The two must agree, or a page identical to its source would not match.
  it.each([
    ['en', ['Syria’s “rock ’n’ roll” in the ’90s…', "al-Buqa'an -- and --- then... more", 'soft\u00ADhyphen, zero\u200Bwidth']],
    ['en', ['e\u0301 begins with a combining mark', '\u0301 a block that starts with one', '3.5 per cent, 1,200 people, U.S. forces']],
    ['ar', ['قال المتحدث باسم الوزارة إن «الوضع خطير».', 'وفقًا لوكالة سانا']],
    ['zh', ['新华社报道说，叙利亚东部发生空袭。', '“我们会重建。”他说。']],
  ])('is the sum of each block’s words (%s)', (lang, blocks) => {
    const each = blocks.reduce((sum, block) => sum + wordsOf(block, lang).length, 0);
    expect(analyseSource({ blocks, blockquotes: [], lang }).words).toBe(each);
  });
});

describe('counting words', () => {
  const bySegmenter = (text: string, lang: string) =>
    [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].filter((part) => part.isWordLike).length;
  // Letters of several scripts, digits, the punctuation of news copy, and the characters that
  // join or split words in surprising ways (format characters, narrow no-break space, marks).
  const pieces = [
    'said',
    'Syria',
    'U',
    'S',
    '2014',
    '3',
    'é',
    'Ünal',
    'façade',
    'l',
    'avion',
    'e',
    'mail',
    '_',
    'x1',
    ' ',
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00A0',
    '\u202F',
    '\uFEFF',
    '\u00AD',
    '\u200B',
    '\u200D',
    '\u0301',
    '\u2009',
    '.',
    ',',
    ';',
    ':',
    '!',
    '?',
    "'",
    '’',
    '"',
    '“',
    '”',
    '‘',
    '(',
    ')',
    '[',
    ']',
    '-',
    '–',
    '—',
    '…',
    '/',
    '&',
    '%',
    '$',
    '北京',
    'ภาษาไทย',
    'مرحبا',
    '🙂',
    '№',
    '½',
    'ª',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

  it('counts as the word segmenter does, in every language', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('en', 'fr', 'de', 'ar', 'th', 'zh'), (sample, lang) => {
        expect(countWords(sample, lang)).toBe(bySegmenter(sample, lang));
      }),
      { numRuns: 4000 },
    );
  });
});
