import { describe, expect, it } from 'vitest';
import { cueInfo, cuesFor, findCues } from '../../src/text/cues.ts';

const cues = (lang = 'en') => new Set(cuesFor(lang).map((cue) => cue.cue));

describe('reporting verbs', () => {
  it('has every tense of the common verbs', () => {
    for (const form of ['say', 'says', 'said', 'saying', 'tell', 'told', 'reported', 'claimed', 'stated', 'added', 'announced', 'confirmed', 'denied', 'denies', 'accused', 'wrote', 'written', 'cited', 'warned', 'slammed', 'according to']) {
      expect(cues().has(form), form).toBe(true);
    }
  });

  it('leaves out noun forms that would swamp the count, and takes their -s forms only with what they say', () => {
    for (const noun of ['state', 'note', 'report', 'claim', 'quote', 'show']) expect(cues().has(noun), noun).toBe(false);
    for (const form of ['states', 'notes', 'reports', 'claims']) expect(cueInfo(form, 'en')?.needsSpeech, form).toBe(true);
  });

  it('conjugates French verbs, participles only after an auxiliary', () => {
    for (const form of ['déclare', 'déclara', 'déclarait', 'estimant', 'annonça', 'renchérit', 'prévient', 'conclut', 'selon', "d'après", 'de l’avis de']) {
      expect(cues('fr').has(form), form).toBe(true);
    }
    expect(cueInfo('précisé', 'fr')?.afterAuxiliary).toBe(true);
    expect(cueInfo('selon', 'fr')?.sourceFollows).toBe(true);
  });

  it('matches whole words only, case-insensitively, phrases across white space', () => {
    expect(findCues('Mr Sayid resaid it', 'en')).toEqual([]);
    expect(findCues('SAID it, According\nto them', 'en')).toEqual([{ index: 0, cue: 'SAID' }, { index: 9, cue: 'According\nto' }]);
    expect(findCues("she's like, “no”, and I’m like “yes”; his likes", 'en').map(({ cue }) => cue)).toEqual(["'s like", '’m like']);
  });

  it('adds a language’s own cues', () => {
    expect(cues('fr').has('selon')).toBe(true);
    expect(cues('en').has('selon')).toBe(false);
    expect(cues('ar-EG').has('قال')).toBe(true);
  });
});
