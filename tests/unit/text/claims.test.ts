import { describe, expect, it } from 'vitest';
import { citedSources, claimsOf } from '../../../src/text/claims.ts';

describe('claimsOf', () => {
  it('resolves a pronoun to the person last credited, a few paragraphs back at most', () => {
    const blocks = [
      'Foreign Ministry spokeswoman Maria Zakharova said the talks would go on.',
      'She told reporters the date was set.',
      'Other news.',
      'More.',
      'Still more.',
      'She added nothing.',
    ];
    const { attributions } = claimsOf(blocks, 'en');
    expect(attributions.map(({ source, resolved }) => [source, resolved])).toEqual([
      ['Foreign Ministry spokeswoman Maria Zakharova', undefined],
      ['She', 'Maria Zakharova'],
      ['She', undefined],
    ]);
  });

  it('leaves a pronoun as written once a body was credited in between', () => {
    const blocks = ['Mayor Anna Keller said the bridge would reopen.', 'The ministry said it would not.', 'She said it again.'];
    const last = claimsOf(blocks, 'en').attributions.at(-1);
    expect(last?.source).toBe('She');
    expect(last?.resolved).toBeUndefined();
  });

  it('resolves French inverted pronouns', () => {
    const blocks = [
      "L'ancien dirigeant Jean-Marie Le Pen a déclaré : « Je suis un homme du peuple. »",
      '« Ma fille est une petite-bourgeoise », explique-t-il.',
    ];
    const { attributions, quotations } = claimsOf(blocks, 'fr');
    expect(attributions.map(({ cue, source, resolved }) => [cue, source, resolved])).toEqual([
      ['a déclaré', "L'ancien dirigeant Jean-Marie Le Pen", undefined],
      ['explique', 'il', 'Jean-Marie Le Pen'],
    ]);
    expect(quotations.map(({ attributedTo }) => attributedTo)).toEqual(['Jean-Marie Le Pen', 'Jean-Marie Le Pen']);
  });

  it('gives a quotation to the speaker of its sentence, by name, and a scare quote to no one', () => {
    const blocks = [
      '“Three days is too many,” said baker Amir Haddad.',
      'The so-called “peace plan” was shelved.',
      'The minister said:',
      '“We will rebuild.”',
    ];
    expect(claimsOf(blocks, 'en').quotations.map(({ text, attributedTo }) => [text, attributedTo])).toEqual([
      ['“Three days is too many,”', 'Amir Haddad'],
      ['“peace plan”', undefined],
      ['“We will rebuild.”', 'The minister'],
    ]);
  });
});

describe('citedSources', () => {
  it('lists each source once, in order of first mention, pronouns under the person they stand for', () => {
    const blocks = [
      'SANA reported a strike.',
      'Witness Omar Said told SANA that it was loud.',
      'He said he ran.',
      'SANA later reported more.',
    ];
    expect(citedSources(claimsOf(blocks, 'en').attributions)).toEqual([
      {
        name: 'SANA',
        cues: [
          { cue: 'reported', block: 0 },
          { cue: 'reported', block: 3 },
        ],
      },
      {
        name: 'Witness Omar Said',
        cues: [
          { cue: 'told', block: 1 },
          { cue: 'said', block: 2 },
        ],
      },
    ]);
  });
});
