/**
 * Checks one article: its Markdown and frontmatter against the page built from it. Pure: text in,
 * report out.
 */
import { countWords } from '../lib/text.ts';
import { findAttributions, sentencesOf, type Attribution } from './attributions.ts';
import { normalizeTypography } from './normalize.ts';
import { readPage } from './page.ts';
import { findQuotations, type Quotation } from './quotes.ts';
import { sourceTree } from './source.ts';
import { sourceFactsOf, type SourceFacts } from './source-facts.ts';
import { alignWords, wordsOf, type WordChange } from './words.ts';

export interface ArticleInput {
  id: string;
  /** Path of the content file, for messages. */
  file: string;
  title: string;
  source: { name: string; url?: string | undefined };
  lang: string;
  markdown: string;
  /** The site's public folder, to read images as the site does. */
  publicDir?: string | undefined;
}

export type CheckName = 'page' | 'credit' | 'quote' | 'blockquote' | 'attribution' | 'text';

export interface Failure {
  check: CheckName;
  message: string;
  expected: string;
  found: string;
}

export interface ArticleReport {
  id: string;
  file: string;
  page: string;
  ok: boolean;
  credit: { ok: boolean; name: string; url?: string | undefined };
  quotes: { total: number; ok: number };
  attributions: { total: number; ok: number; items: Array<Pick<Attribution, 'cue' | 'source' | 'sentence'>> };
  words: { total: number; matched: number };
  failures: Failure[];
}

const ELLIPSIS = 240;

function clip(text: string): string {
  return text.length > ELLIPSIS ? `${text.slice(0, ELLIPSIS - 1)}…` : text;
}

/** The passage of the page that looks most like what was expected, to show in a failure. */
function closest(expected: string, passages: readonly string[], lang: string): string {
  const want = new Set(wordsOf(expected, lang));
  let best = '';
  let bestScore = 0;
  for (const passage of passages) {
    const score = wordsOf(passage, lang).filter((word) => want.has(word)).length;
    if (score > bestScore) [best, bestScore] = [passage, score];
  }
  return best ? clip(best) : '(nothing like it on the page)';
}

function describeChange(change: WordChange): string {
  const where = change.context ? ` after "…${change.context}"` : ' at the start';
  switch (change.kind) {
    case 'lost':
      return `lost "${change.expected}"${where}`;
    case 'added':
      return `added "${change.found}"${where}`;
    default:
      return `changed "${change.expected}" to "${change.found}"${where}`;
  }
}

/** A report with nothing checked yet (and so not ok). */
export function emptyReport(input: ArticleInput, pagePath: string): ArticleReport {
  return {
    id: input.id,
    file: input.file,
    page: pagePath,
    ok: false,
    credit: { ok: false, name: input.source.name, url: input.source.url },
    quotes: { total: 0, ok: 0 },
    attributions: { total: 0, ok: 0, items: [] },
    words: { total: 0, matched: 0 },
    failures: [],
  };
}

/** What the checks look for in a source: its text, and the quotations and attributions in it. */
export interface SourceAnalysis extends SourceFacts {
  /** Words of the blocks, as the word check counts them (`wordsOf`). */
  words: number;
  /** The blocks as one text, typography normalised: what the page's body text is compared with. */
  text: string;
  quotations: Quotation[];
  attributions: Attribution[];
}

export function analyseSource(facts: SourceFacts, lang: string): SourceAnalysis {
  const text = normalizeTypography(facts.blocks.join('\n'));
  return {
    ...facts,
    // The words of all blocks at once, already normalised: no word runs across a block's end.
    words: countWords(text, lang),
    text,
    quotations: findQuotations(facts.blocks),
    attributions: findAttributions(facts.blocks, lang),
  };
}

function isAnalysis(source: SourceFacts | SourceAnalysis): source is SourceAnalysis {
  return 'quotations' in source;
}

/**
 * `source` is the source's text as the site's own render read it, possibly analysed already;
 * without it the Markdown is read here, the same way.
 */
export async function verifyArticle(input: ArticleInput, html: string, pagePath: string, source?: SourceFacts | SourceAnalysis): Promise<ArticleReport> {
  const report = emptyReport(input, pagePath);
  const fail = (failure: Failure) => report.failures.push(failure);

  const facts = source ?? sourceFactsOf(await sourceTree(input.markdown, input.publicDir), input.lang);
  const { blocks: sourceBlocks, blockquotes, words, text: sourceText, quotations, attributions } = isAnalysis(facts) ? facts : analyseSource(facts, input.lang);
  report.quotes.total = quotations.length + blockquotes.length;
  report.attributions.total = attributions.length;
  report.attributions.items = attributions.map(({ cue, source, sentence }) => ({ cue, source, sentence }));
  report.words.total = words;

  const page = readPage(html);
  if ('error' in page) {
    fail({ check: 'page', message: page.error, expected: 'an <article> with a header and a body', found: '' });
    return report;
  }

  // 1. The source credit, visible in the header, linked to exactly its URL when it has one.
  const headerText = normalizeTypography(page.header.join('\n'));
  const name = normalizeTypography(input.source.name);
  const nameShown = headerText.includes(name);
  const linkShown = !input.source.url || page.headerLinks.includes(input.source.url);
  report.credit.ok = nameShown && linkShown;
  if (!nameShown) {
    fail({ check: 'credit', message: 'the source credit is not visible in the article header', expected: `Source: ${input.source.name}`, found: clip(page.header.join(' / ')) || '(empty header)' });
  }
  if (!linkShown) {
    fail({ check: 'credit', message: 'the source credit does not link to the source URL', expected: input.source.url ?? '', found: page.headerLinks.join(', ') || '(no link)' });
  }

  // When the page's text is the source's, typography aside, every quotation, attribution and word
  // is there by construction: count them and skip the searches and the alignment.
  const bodyText = normalizeTypography(page.body.join('\n'));
  const identical = bodyText === sourceText;
  const pageSentences = identical ? [] : page.body.flatMap((block) => sentencesOf(block, input.lang));

  // 2. Quotations, with their marks, and blockquotes.
  for (const quotation of quotations) {
    if (identical || bodyText.includes(normalizeTypography(quotation.text))) report.quotes.ok++;
    else fail(quoteFailure(quotation, sourceBlocks[quotation.block] ?? quotation.text, pageSentences, input.lang));
  }
  const pageQuotes = page.blockquotes.map(normalizeTypography);
  for (const quote of blockquotes) {
    const want = normalizeTypography(quote);
    if (pageQuotes.some((shown) => shown.includes(want))) report.quotes.ok++;
    else fail({ check: 'blockquote', message: 'a blockquote is missing or changed', expected: clip(quote), found: closest(quote, page.blockquotes.length ? page.blockquotes : page.body, input.lang) });
  }

  // 3. Attributions: the whole sentence, its source and cue intact.
  for (const attribution of attributions) {
    if (identical || bodyText.includes(normalizeTypography(attribution.sentence))) {
      report.attributions.ok++;
      continue;
    }
    const found = closest(attribution.sentence, pageSentences, input.lang);
    const lostSource = attribution.source && !normalizeTypography(found).includes(normalizeTypography(attribution.source));
    const lostCue = !normalizeTypography(found).toLowerCase().includes(attribution.cue.toLowerCase());
    const what = lostSource ? `its source "${attribution.source}" is missing` : lostCue ? `its cue "${attribution.cue}" is missing` : 'the sentence is changed';
    fail({ check: 'attribution', message: `attribution (${attribution.cue}${attribution.source ? `: ${attribution.source}` : ''}) not intact: ${what}`, expected: clip(attribution.sentence), found });
  }

  // 4. Every word, in order; an article with none left is no article.
  if (words === 0) {
    fail({ check: 'text', message: 'the article has no readable text: everything in its body is markup that is removed (scripts, styles, …)', expected: 'some text', found: '(nothing)' });
  }
  if (identical) {
    report.words.matched = words;
  } else {
    const sourceWords = sourceBlocks.flatMap((block) => wordsOf(block, input.lang));
    const alignment = alignWords(sourceWords, page.body.flatMap((block) => wordsOf(block, input.lang)));
    report.words.matched = alignment.matched;
    for (const change of alignment.changes) {
      fail({ check: 'text', message: describeChange(change), expected: change.expected, found: change.found });
    }
  }

  report.ok = report.failures.length === 0;
  return report;
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
