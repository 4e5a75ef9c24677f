/**
 * Checks one article: its analysed source and frontmatter against the page built from it. Pure:
 * text in, report out. Each check lives in its own module (`credit.ts`, `quotes.ts`,
 * `attributions.ts`, `words.ts`, `proof.ts`, `cited.ts`, and for an imported article `original.ts`); this one reads the
 * page and gathers their results. For an imported article, `source` is its original's text.
 */
import type { SourceAnalysis } from './analyse.ts';
import { checkAttributions } from './attributions.ts';
import { checkCited } from './cited.ts';
import { checkCredit } from './credit.ts';
import { checkMarkup } from './markup.ts';
import { checkOriginalText } from './original.ts';
import { parsePage } from './page.ts';
import { checkProof } from './proof.ts';
import { checkQuotations } from './quotes.ts';
import { emptyReport, type ArticleInput, type ArticleReport } from './report.ts';
import { checkWords } from './words.ts';

export function verifyArticle(input: ArticleInput, html: string, pagePath: string, source: SourceAnalysis): ArticleReport {
  const report = emptyReport(input, pagePath);
  report.quotes.total = source.quotations.length + source.blockquotes.length;
  report.attributions.total = source.attributions.length;
  report.quotes.items = source.quotations.map(({ text, attributedTo }) => (attributedTo ? { text, attributedTo } : { text }));
  report.attributions.items = source.attributions.map(({ cue, source: named, sentence, resolved }) => ({
    sentence,
    cue,
    source: named,
    ...(resolved ? { resolved } : {}),
  }));
  report.words.total = source.words;

  const page = parsePage(html);
  if ('error' in page) {
    report.failures.push({ check: 'page', message: page.error, expected: 'an <article> with a header and a body', found: '' });
    return report;
  }

  const credit = checkCredit(input.source, page);
  report.credit.ok = credit.length === 0;
  // When the page's text is the source's, typography aside, every quotation, attribution and word
  // is there by construction: the checks count them and skip their searches and the alignment.
  const identical = page.text === source.text;
  const quotes = checkQuotations(source, page, identical);
  const attributions = checkAttributions(source, page, identical);
  const words = checkWords(source, page, identical);
  // An imported article's source is its original: every character of it, not only its words.
  const original = input.original ? checkOriginalText(source, page) : [];
  report.quotes.ok = quotes.ok;
  report.attributions.ok = attributions.ok;
  report.words.matched = words.matched;
  report.failures.push(
    ...checkMarkup(source),
    ...credit,
    ...original,
    ...quotes.failures,
    ...attributions.failures,
    ...words.failures,
    ...checkProof(source, page, input),
    ...checkCited(source, page),
  );
  report.ok = report.failures.length === 0;
  return report;
}
