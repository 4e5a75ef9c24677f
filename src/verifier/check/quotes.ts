/**
 * Quotations matched on the page (`checkQuotations`); how they are found is `src/text/quotations.ts`.
 *
 * Each quotation, from its opening mark to its closing mark, must stand in the page body's text
 * word for word. Both sides go through `normalizeTypography` (`src/text/normalize.ts`), which
 * forgives straight against curly marks, dashes, ellipses, white space and Unicode composition,
 * nothing else: guillemets and low-9 marks keep their kind. A `<q>` element reads as the marks a
 * browser draws around it (`visibleTree`, `src/text/visible.ts`). Each blockquote of the source
 * must stand inside a blockquote of the page.
 */
import { normalizeTypography } from '../../text/normalize.ts';
import type { Quotation } from '../../text/quotations.ts';
import type { SourceAnalysis } from './analyse.ts';
import { pageSentences, type ComparedPage } from './page.ts';
import { clip, type CheckResult, type Failure } from './report.ts';
import { closest } from './words.ts';

/**
 * Checks every quotation and blockquote of the source against the page. `identical`: the page's
 * text is the source's, typography aside, so every quotation is there by construction.
 */
export function checkQuotations(source: SourceAnalysis, page: ComparedPage, identical: boolean): CheckResult {
  const result: CheckResult = { ok: 0, failures: [] };
  for (const quotation of source.quotations) {
    if (identical || page.text.includes(normalizeTypography(quotation.text))) {
      result.ok++;
      continue;
    }
    result.failures.push(
      quoteFailure(quotation, source.blocks[quotation.block] ?? quotation.text, pageSentences(page, source.lang), source.lang),
    );
  }
  const pageQuotes = page.blockquotes.map(normalizeTypography);
  for (const quote of source.blockquotes) {
    const want = normalizeTypography(quote);
    if (pageQuotes.some((shown) => shown.includes(want))) {
      result.ok++;
      continue;
    }
    const found = closest(quote, page.blockquotes.length ? page.blockquotes : page.body, source.lang);
    result.failures.push({ check: 'blockquote', message: 'a blockquote is missing or changed', expected: clip(quote), found });
  }
  return result;
}

/** Shows the page's version of the paragraph the quotation stood in, which says more than its words alone. */
function quoteFailure(quotation: Quotation, paragraph: string, pageSentences: readonly string[], lang: string): Failure {
  return {
    check: 'quote',
    message: `a ${quotation.kind} quotation is not on the page word for word inside its quotation marks`,
    expected: clip(quotation.text),
    found: closest(paragraph, pageSentences, lang),
  };
}
