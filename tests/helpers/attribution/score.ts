/**
 * Scores the extraction (`findAttributions`, `findQuotations`) against the hand labels of the
 * attribution corpus, per language: attribution sentences (precision, recall), the source phrase
 * exactly as labelled, quotations (precision, recall), the speakers shown for quotations
 * (precision: shown and right; coverage: labelled speakers shown) and, for information, pronouns
 * resolved.
 */
import { claimsOf } from '../../../src/text/claims.ts';
import type { Labelled } from './corpus.ts';

export interface Score {
  lang: string;
  articles: number;
  sentences: number;
  /** Attribution sentences: labelled, found, both. */
  attributions: { labelled: number; found: number; both: number };
  /** True attribution sentences whose source phrase was found exactly as labelled. */
  sourcesExact: number;
  quotations: { labelled: number; found: number; both: number };
  /** Labelled pronouns (with a resolution) resolved to the labelled name (one name holding the other counts). */
  resolved: { labelled: number; right: number };
  /**
   * Speakers of the quotations found: `labelled` have a speaker in the labels, `shown` are given
   * one by the extraction, `right` are given the labelled one (one name holding the other counts).
   * A speaker shown for a quotation whose labels name none (a scare quote, a title) is wrong.
   */
  speakers: { labelled: number; shown: number; right: number };
  /** Each miss, for reading: article, what, the sentence. */
  misses: Array<{
    article: string;
    kind:
      | 'false attribution'
      | 'missed attribution'
      | 'wrong source'
      | 'false quotation'
      | 'missed quotation'
      | 'wrong speaker'
      | 'speaker not shown';
    text: string;
    detail?: string;
  }>;
}

export const targets = {
  attributionPrecision: 0.95,
  attributionRecall: 0.9,
  sourceExact: 0.9,
  quotationPrecision: 0.98,
  quotationRecall: 0.98,
  speakerPrecision: 0.97,
  speakerCoverage: 0.86,
};

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export function rates(score: Score) {
  return {
    attributionPrecision: ratio(score.attributions.both, score.attributions.found),
    attributionRecall: ratio(score.attributions.both, score.attributions.labelled),
    sourceExact: ratio(score.sourcesExact, score.attributions.labelled),
    quotationPrecision: ratio(score.quotations.both, score.quotations.found),
    quotationRecall: ratio(score.quotations.both, score.quotations.labelled),
    speakerPrecision: ratio(score.speakers.right, score.speakers.shown),
    speakerCoverage: ratio(score.speakers.right, score.speakers.labelled),
  };
}

const same = (a: string, b: string) => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
/** Names the same one: "Albert Muchanga" and "commissioner Albert Muchanga", "Zapata" and "Franky Zapata". */
const names = (a: string, b: string) => {
  const [x, y] = [a, b].map((name) => name.normalize('NFC').toLowerCase());
  return x!.includes(y!) || y!.includes(x!);
};

export function score(corpus: readonly Labelled[], lang: string): Score {
  const out: Score = {
    lang,
    articles: 0,
    sentences: 0,
    attributions: { labelled: 0, found: 0, both: 0 },
    sourcesExact: 0,
    quotations: { labelled: 0, found: 0, both: 0 },
    resolved: { labelled: 0, right: 0 },
    speakers: { labelled: 0, shown: 0, right: 0 },
    misses: [],
  };
  for (const { text, labels } of corpus) {
    if (labels.lang !== lang) continue;
    out.articles++;
    out.sentences += labels.sentences.length;
    const claims = claimsOf(text.blocks, text.lang);
    const byKey = new Map(claims.attributions.map((found) => [`${found.block}\u0000${found.sentence}`, found]));
    for (const sentence of labels.sentences) {
      const found = byKey.get(`${sentence.block}\u0000${sentence.text}`);
      const labelled = sentence.attributions.length > 0;
      if (labelled) out.attributions.labelled++;
      if (found) out.attributions.found++;
      if (found && labelled) {
        out.attributions.both++;
        const match = sentence.attributions.find((truth) => same(truth.source, found.source));
        if (match) out.sourcesExact++;
        else
          out.misses.push({
            article: labels.article,
            kind: 'wrong source',
            text: sentence.text,
            detail: `found "${found.source}" (${found.cue}), labelled ${sentence.attributions.map((truth) => `"${truth.source}" (${truth.cue})`).join(', ')}`,
          });
        for (const truth of sentence.attributions) {
          if (!truth.resolved || !match || truth !== match) continue;
          out.resolved.labelled++;
          if (found.resolved && names(found.resolved, truth.resolved)) out.resolved.right++;
        }
      } else if (found)
        out.misses.push({
          article: labels.article,
          kind: 'false attribution',
          text: sentence.text,
          detail: `${found.cue} | ${found.source}`,
        });
      else if (labelled)
        out.misses.push({
          article: labels.article,
          kind: 'missed attribution',
          text: sentence.text,
          detail: sentence.attributions.map((truth) => `${truth.cue} | ${truth.source}`).join('; '),
        });
    }
    const unmatched = [...claims.quotations];
    out.quotations.found += claims.quotations.length;
    for (const truth of labels.quotations) {
      out.quotations.labelled++;
      const at = unmatched.findIndex((found) => found.text === truth.text);
      if (at < 0) {
        out.misses.push({ article: labels.article, kind: 'missed quotation', text: truth.text });
        continue;
      }
      const [found] = unmatched.splice(at, 1);
      out.quotations.both++;
      const shown = found?.attributedTo;
      if (truth.attributedTo) out.speakers.labelled++;
      if (shown) out.speakers.shown++;
      if (shown && truth.attributedTo && names(shown, truth.attributedTo)) out.speakers.right++;
      else if (shown)
        out.misses.push({
          article: labels.article,
          kind: 'wrong speaker',
          text: truth.text,
          detail: `shown "${shown}", labelled ${truth.attributedTo ? `"${truth.attributedTo}"` : 'no speaker'}`,
        });
      else if (truth.attributedTo)
        out.misses.push({
          article: labels.article,
          kind: 'speaker not shown',
          text: truth.text,
          detail: `labelled "${truth.attributedTo}"`,
        });
    }
    for (const found of unmatched) out.misses.push({ article: labels.article, kind: 'false quotation', text: found.text });
  }
  return out;
}
