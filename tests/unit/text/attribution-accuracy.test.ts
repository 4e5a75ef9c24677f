/**
 * The extraction behind "Who is cited" measured against the hand labels of
 * tests/fixtures/attribution (rules in RULES.md there), per language: the targets must
 * hold. `npm run bench:attribution -- --misses` lists what is still missed.
 */
import { describe, expect, it } from 'vitest';
import { loadLabelled } from '../../helpers/attribution/corpus.ts';
import { rates, score, targets } from '../../helpers/attribution/score.ts';

const corpus = await loadLabelled('labels');

describe('attribution and quotation extraction on hand-labelled articles', () => {
  it('has at least 25 labelled articles, 5 of them French', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    expect(corpus.filter(({ labels }) => labels.lang === 'fr').length).toBeGreaterThanOrEqual(5);
  });

  it.each(['en', 'fr'])('meets every target in %s', (lang) => {
    const measured = rates(score(corpus, lang));
    for (const [name, target] of Object.entries(targets))
      expect(measured[name as keyof typeof targets], name).toBeGreaterThanOrEqual(target);
  });
});
