/**
 * The extraction behind "Who is cited" measured against the hand labels of
 * tests/fixtures/attribution (rules in RULES.md there), per language. The targets are
 * measured, and reported, on `blind/report` by `npm run bench:attribution`; this test holds the
 * figures the rules were tuned to on the sets they were tuned on (`labels`, `blind/tune`), so
 * that a change that lowers one fails. `npm run bench:attribution -- --misses` lists the misses.
 */
import { describe, expect, it } from 'vitest';
import { loadLabelled } from '../../helpers/attribution/corpus.ts';
import { rates, score } from '../../helpers/attribution/score.ts';

const [labels, tune, report] = await Promise.all([loadLabelled('labels'), loadLabelled('blind/tune'), loadLabelled('blind/report')]);

describe('attribution and quotation extraction on hand-labelled articles', () => {
  it('has 30 articles to tune the rules on and 120 labelled blind, half of them never tuned on', () => {
    expect(labels.length).toBeGreaterThanOrEqual(25);
    expect(labels.filter(({ labels }) => labels.lang === 'fr').length).toBeGreaterThanOrEqual(5);
    expect([tune.length, report.length]).toEqual([60, 60]);
    const names = new Set(tune.map(({ labels }) => labels.article));
    expect(report.filter(({ labels }) => names.has(labels.article))).toEqual([]);
  });

  it.each(['en', 'fr'])('finds attributions and quotations in %s as the rules were tuned to', (lang) => {
    const measured = rates(score(labels, lang));
    expect(measured.attributionPrecision).toBeGreaterThanOrEqual(0.95);
    expect(measured.attributionRecall).toBeGreaterThanOrEqual(0.9);
    expect(measured.sourceExact).toBeGreaterThanOrEqual(0.85);
    expect(measured.quotationPrecision).toBeGreaterThanOrEqual(0.98);
    expect(measured.quotationRecall).toBeGreaterThanOrEqual(0.98);
  });

  it.each([
    ['en', 0.98, 0.81, 0.84],
    ['fr', 0.99, 0.59, 0.78],
  ])('names the speakers of quotations in %s no worse than when last tuned', (lang, precision, coverage, recall) => {
    const measured = rates(score(tune, lang));
    expect(measured.speakerPrecision).toBeGreaterThanOrEqual(precision);
    expect(measured.speakerCoverage).toBeGreaterThanOrEqual(coverage);
    expect(measured.attributionRecall).toBeGreaterThanOrEqual(recall);
  });
});
