import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cueInfo, cuesFor, findCues } from '../../../src/text/cues.ts';

const cues = (lang = 'en') => new Set(cuesFor(lang).map((cue) => cue.cue));

describe('reporting verbs', () => {
  it('has every tense of the common verbs', () => {
    for (const form of [
      'say',
      'says',
      'said',
      'saying',
      'tell',
      'told',
      'reported',
      'claimed',
      'stated',
      'added',
      'announced',
      'confirmed',
      'denied',
      'denies',
      'accused',
      'wrote',
      'written',
      'cited',
      'warned',
      'slammed',
      'according to',
    ]) {
      expect(cues().has(form), form).toBe(true);
    }
  });

  it('leaves out noun forms that would swamp the count, and takes their -s forms only with what they say', () => {
    for (const noun of ['state', 'note', 'report', 'quote', 'show']) expect(cues().has(noun), noun).toBe(false);
    // "They claim they were attacked": the plural's verb, only with what it says, like the -s forms.
    for (const form of ['states', 'notes', 'reports', 'claims', 'claim']) expect(cueInfo(form, 'en')?.needsSpeech, form).toBe(true);
  });

  it('conjugates French verbs, participles only after an auxiliary', () => {
    for (const form of [
      'déclare',
      'déclara',
      'déclarait',
      'estimant',
      'annonça',
      'renchérit',
      'prévient',
      'conclut',
      'selon',
      "d'après",
      'de l’avis de',
    ]) {
      expect(cues('fr').has(form), form).toBe(true);
    }
    expect(cueInfo('précisé', 'fr')?.afterAuxiliary).toBe(true);
    expect(cueInfo('selon', 'fr')?.sourceFollows).toBe(true);
  });

  it('matches whole words only, case-insensitively, phrases across white space', () => {
    expect(findCues('Mr Sayid resaid it', 'en')).toEqual([]);
    expect(findCues('SAID it, According\nto them', 'en')).toEqual([
      { index: 0, cue: 'SAID' },
      { index: 9, cue: 'According\nto' },
    ]);
    expect(findCues("she's like, “no”, and I’m like “yes”; his likes", 'en').map(({ cue }) => cue)).toEqual(["'s like", '’m like']);
  });

  it('adds a language’s own cues', () => {
    expect(cues('fr').has('selon')).toBe(true);
    expect(cues('en').has('selon')).toBe(false);
    expect(cues('ar-EG').has('قال')).toBe(true);
  });
});

/**
 * What finding cues means, written plainly: at every word start (a letter after no letter or
 * digit, or an apostrophe before a letter), the longest cue that matches there as a whole word,
 * case aside; after a cue, on from its end. `findCues` reads words by hand and tries the pattern
 * only where some cue's first word stands, for speed; it must find exactly this.
 */
function cuesPlainly(text: string, lang: string): Array<{ index: number; cue: string }> {
  const escape = (cue: string) => cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const listed = [...new Set(cuesFor(lang).map(({ cue }) => cue))].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?:${listed.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iuy');
  const wordStart = /(?<![\p{L}\p{N}])\p{L}|['’](?=\p{L})/gu;
  const found: Array<{ index: number; cue: string }> = [];
  for (let start = wordStart.exec(text); start; start = wordStart.exec(text)) {
    pattern.lastIndex = start.index;
    const match = pattern.exec(text);
    if (!match) continue;
    found.push({ index: start.index, cue: match[0] });
    wordStart.lastIndex = start.index + match[0].length;
  }
  return found;
}

describe('finding cues', () => {
  // Words that are cues, begin cues, look like them, or test the edges of a word (digits,
  // accents, apostrophes, letters outside the Basic Multilingual Plane, combining marks).
  const pieces = [
    'said',
    'SAID',
    'Said',
    'told',
    'according',
    'to',
    'in',
    'a',
    'statement',
    'the',
    'words',
    'of',
    'like',
    "'s",
    '’s',
    "'m",
    's',
    'she',
    'was',
    'déclaré',
    'a',
    'précisé',
    'selon',
    "d'après",
    'd’après',
    'd',
    'après',
    'explique',
    'is',
    'issued',
    'following',
    'pointe',
    'du',
    'doigt',
    'resaid',
    'saidx',
    '2said',
    'said2',
    'x',
    'é',
    '\u0301',
    '𝒜',
    '𝒜said',
    'said𝒜',
    'قال',
    'وقال',
    ' ',
    ' ',
    ' ',
    '\n',
    "'",
    '’',
    '"',
    '“',
    '”',
    ',',
    '.',
    '-',
    '«',
    '»',
    '\uE000',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

  it('finds exactly the cues that every word start and the pattern of all cues find, in every language', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('en', 'fr', 'ar'), (sample, lang) => {
        expect(findCues(sample, lang)).toEqual(cuesPlainly(sample, lang));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads words past letters outside the Basic Multilingual Plane', () => {
    expect(findCues('𝒜 said', 'en')).toEqual([{ index: 3, cue: 'said' }]);
    expect(findCues('𝒜said 𝒜 d’après', 'fr')).toEqual([{ index: 10, cue: 'd’après' }]);
  });
});
