import { describe, expect, it } from 'vitest';
import { isNounPhrase } from '../../../src/text/noun-phrase.ts';

describe('isNounPhrase', () => {
  it.each([
    'Human Rights Watch',
    'the Associated Press',
    'CNN',
    'a spokesperson for the family',
    'The government of American Samoa',
    'un porte-parole de la police',
    "L'Association des leaders religieux du Mali",
    'the World Health Organization (WHO)',
    'The California Department of Forestry and Fire Protection (CalFire)',
    'A spokesperson',
    'officials',
    'analyst Kevin Bonham',
    'the AU',
    'Former US presidential candidate Elizabeth Warren',
  ])('takes %j for a source', (phrase) => expect(isNounPhrase(phrase)).toBe(true));

  it('takes a bare noun for an English source, not for a French one (an apposition cut from its name)', () => {
    expect(isNounPhrase('witnesses', 'en')).toBe(true);
    expect(isNounPhrase('témoins de la scène', 'fr')).toBe(false);
    expect(isNounPhrase('De nombreux habitants', 'fr')).toBe(true);
  });

  // The kinds of error the blind labels found shown as speakers, each refused.
  it.each([
    'sharply',
    'announcing',
    'holding signs',
    'Smith also described the move as',
    'Johnson as a',
    'the call for cooperation by',
    'surtout par',
    'They felt that they',
    'President Trump delivered',
    'Nevertheless',
    'He',
    'elle',
    '24',
    "I've read",
    'confronted with the possibility of Democrats winning the election',
  ])('refuses %j', (phrase) => expect(isNounPhrase(phrase)).toBe(false));
});
