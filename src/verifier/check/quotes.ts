/**
 * Quotations: how they are found in the source and how they are matched on the page.
 *
 * Finding works on text blocks rather than Markdown syntax, so that a quotation running across
 * emphasis or links is one span, and one running over several paragraphs (each reopened with the
 * same mark) is one quotation. Apostrophes (`Syria's`, `'90s`, `rock 'n' roll`) are told apart
 * from single quotes by what stands on either side.
 *
 * Matching (`checkQuotations`): each quotation, from its opening mark to its closing mark, must
 * stand in the page body's text word for word. Both sides go through `normalizeTypography`
 * (`src/text/normalize.ts`), which forgives straight against curly marks, dashes, ellipses, white
 * space and Unicode composition, nothing else: guillemets and low-9 marks keep their kind. A
 * `<q>` element reads as the marks a browser draws around it (`visibleTree`, `src/text/visible.ts`).
 * Each blockquote of the source must stand inside a blockquote of the page.
 */
import { normalizeTypography } from '../../text/normalize.ts';
import type { SourceAnalysis } from './analyse.ts';
import { pageSentences, type ComparedPage } from './page.ts';
import { clip, closest, type CheckResult, type Failure } from './report.ts';

export type QuoteKind = 'double' | 'single' | 'guillemet' | 'low-high';

export interface Quotation {
  kind: QuoteKind;
  /** From the opening mark to the closing mark inclusive, as written. */
  text: string;
  /** Index of the first block the quotation is in. */
  block: number;
}

interface Open {
  kind: QuoteKind;
  closers: string;
  block: number;
  start: number;
  /** Earlier paragraphs of a quotation running over several, each from its opening mark on. */
  parts: string[];
}

const letter = /[\p{L}\p{N}]/u;
const openingContext = /[\s([{\u2014\u2013/-]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && letter.test(ch);
}

/** Guillemets and low-9 marks are only ever quotation marks, and French sets them off with spaces. */
const unambiguous = '\u00AB\u00BB\u201E';

function opensHere(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (unambiguous.includes(text[i] as string)) return after !== undefined;
  // '90s, '80s-era: an elided century, not a quotation.
  if (text[i] === "'" && /\d/.test(after ?? '')) return false;
  return (before === undefined || openingContext.test(before) || /["'\u201C\u2018\u00AB\u201E]/.test(before)) &&
    after !== undefined && !/\s/.test(after);
}

function closesHere(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (text[i] === '\u00BB') return before !== undefined;
  return before !== undefined && !/\s/.test(before) && !isLetter(after);
}

/** Which mark kinds a character can open, with the marks that may close it. */
function opening(ch: string): { kind: QuoteKind; closers: string } | undefined {
  switch (ch) {
    case '"':
      return { kind: 'double', closers: '"\u201D' };
    case '\u201C':
      return { kind: 'double', closers: '\u201D"' };
    case "'":
      return { kind: 'single', closers: "'\u2019" };
    case '\u2018':
      return { kind: 'single', closers: "\u2019'" };
    case '\u00AB':
      return { kind: 'guillemet', closers: '\u00BB' };
    case '\u201E':
      return { kind: 'low-high', closers: '\u201C\u201D' };
    default:
      return undefined;
  }
}

/** A single-quoted span must hold more than an elided letter: `'n'` in rock 'n' roll is not a quote. */
function plausibleSingle(inner: string): boolean {
  return /[\p{L}\p{N}]{2,}/u.test(inner);
}

const anyMark = /["'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E]/;

export function findQuotations(blocks: readonly string[]): Quotation[] {
  const found: Quotation[] = [];
  let pending: Open | undefined;

  blocks.forEach((text, blockIndex) => {
    if (!pending && !anyMark.test(text)) return;
    const stack: Open[] = [];
    // A paragraph left open continues only where the next one opens again with the same mark.
    if (pending && opening(text[0] ?? '')?.kind === pending.kind) {
      stack.push({ ...pending, start: 0 });
    }
    for (let i = stack.length > 0 ? 1 : 0; i < text.length; i++) {
      const ch = text[i] as string;
      const top = stack[stack.length - 1];
      if (top && top.closers.includes(ch) && closesHere(text, i) &&
          (top.kind !== 'single' || plausibleSingle(text.slice(top.start + 1, i)))) {
        stack.pop();
        found.push({ kind: top.kind, text: [...top.parts, text.slice(top.start, i + 1)].join('\n'), block: top.block });
        continue;
      }
      // An apostrophe (Syria's, al-Buqa'an) or a right single mark never opens a quotation.
      if (ch === '\u2019' || (ch === "'" && isLetter(text[i - 1]))) continue;
      const candidate = opening(ch);
      if (!candidate || !opensHere(text, i)) continue;
      if (candidate.kind === 'single' && !closedLater(text, i, candidate.closers)) continue;
      stack.push({ ...candidate, block: blockIndex, start: i, parts: [] });
    }
    const outermost = stack[0];
    pending = outermost && { ...outermost, parts: [...outermost.parts, text.slice(outermost.start)] };
  });
  return found;
}

/** Whether the next closing candidate after an opening single mark makes a real quotation. */
function closedLater(text: string, from: number, closers: string): boolean {
  for (let j = from + 2; j < text.length; j++) {
    if (closers.includes(text[j] as string) && closesHere(text, j)) return plausibleSingle(text.slice(from + 1, j));
  }
  return false;
}

/** The text with every quotation blanked out (same length), to look for what stands outside them. */
export function maskQuotations(text: string, mask = '\uE000'): string {
  if (!anyMark.test(text)) return text;
  const units = text.split('');
  for (const quotation of findQuotations([text])) {
    const at = text.indexOf(quotation.text);
    if (at >= 0) units.fill(mask, at, at + quotation.text.length);
  }
  return units.join('');
}

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
    result.failures.push(quoteFailure(quotation, source.blocks[quotation.block] ?? quotation.text, pageSentences(page, source.lang), source.lang));
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
