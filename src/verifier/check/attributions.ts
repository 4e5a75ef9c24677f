/**
 * Attributions matched on the page (`checkAttributions`): the whole sentence, typography aside.
 * How they are found is `src/text/attributions.ts`.
 */
import { normalizeTypography } from '../../text/normalize.ts';
import type { SourceAnalysis } from './analyse.ts';
import { pageSentences, type ComparedPage } from './page.ts';
import { clip, type CheckResult } from './report.ts';
import { closest } from './words.ts';

/**
 * Each attribution sentence must stand on the page whole. When it does not, the failure names
 * what went: its source, its cue, or other words. `identical` as for `checkQuotations`.
 */
export function checkAttributions(source: SourceAnalysis, page: ComparedPage, identical: boolean): CheckResult {
  const result: CheckResult = { ok: 0, failures: [] };
  for (const attribution of source.attributions) {
    if (identical || page.text.includes(normalizeTypography(attribution.sentence))) {
      result.ok++;
      continue;
    }
    const found = closest(attribution.sentence, pageSentences(page, source.lang), source.lang);
    const shown = normalizeTypography(found);
    const lostSource = attribution.source && !shown.includes(normalizeTypography(attribution.source));
    const lostCue = !shown.toLowerCase().includes(attribution.cue.toLowerCase());
    const what = lostSource
      ? `its source "${attribution.source}" is missing`
      : lostCue
        ? `its cue "${attribution.cue}" is missing`
        : 'the sentence is changed';
    const named = `${attribution.cue}${attribution.source ? `: ${attribution.source}` : ''}`;
    result.failures.push({
      check: 'attribution',
      message: `attribution (${named}) not intact: ${what}`,
      expected: clip(attribution.sentence),
      found,
    });
  }
  return result;
}
