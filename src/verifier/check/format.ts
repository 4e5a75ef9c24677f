/** The verifier's report for a person: one line per article, then each failure in context. */
import type { ArticleReport, SiteReport } from './report.ts';

function line(article: ArticleReport): string {
  const mark = article.ok ? '✓' : '✗';
  const credit = article.credit.ok ? 'credit ok' : 'credit FAILED';
  return (
    `${mark} ${article.id}: ${credit}, ${article.quotes.ok}/${article.quotes.total} quotes ok, ` +
    `${article.attributions.ok}/${article.attributions.total} attributions ok, ` +
    `${article.words.matched}/${article.words.total} words matched`
  );
}

export function formatReport(report: SiteReport, options: { quiet?: boolean } = {}): string {
  const out: string[] = [];
  for (const article of report.articles) {
    if (options.quiet && article.ok) continue;
    out.push(line(article));
    for (const failure of article.failures) {
      out.push(`    [${failure.check}] ${article.file}: ${failure.message}`);
      if (failure.expected) out.push(`        expected: ${failure.expected}`);
      if (failure.found || failure.check === 'text') out.push(`        page has: ${failure.found || '(nothing)'}`);
    }
  }
  const { totals } = report;
  out.push(
    `fidelity: ${totals.articles - totals.failed}/${totals.articles} articles pass ` +
      `(${totals.quotes} quotes, ${totals.attributions} attributions, ${totals.matched}/${totals.words} words)` +
      (report.ok ? '' : ` — ${totals.failed} FAILED`),
  );
  return out.join('\n');
}
