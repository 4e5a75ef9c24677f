/**
 * Quotations: how they are found in a text.
 *
 * Finding works on text blocks rather than Markdown syntax, so that a quotation running across
 * emphasis or links is one span, and one running over several paragraphs (each reopened with the
 * same mark) is one quotation. Apostrophes (`Syria's`, `'90s`, `rock 'n' roll`) are told apart
 * from single quotes by what stands on either side. Pure; the verifier (which matches them on
 * the page) and the Markdown pipeline (which shows them to the reader) both use it.
 */
export type QuoteKind = 'double' | 'single' | 'guillemet' | 'low-high';

export interface Quotation {
  kind: QuoteKind;
  /** From the opening mark to the closing mark inclusive, as written. */
  text: string;
  /** Index of the first block the quotation is in. */
  block: number;
  /** Where its opening mark stands in that block. */
  start: number;
}

interface Open {
  kind: QuoteKind;
  closers: string;
  block: number;
  start: number;
  /** Earlier paragraphs of a quotation running over several, each from its opening mark on. */
  parts: string[];
  /** Where it opened in its first block. */
  firstStart: number;
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
  return (
    (before === undefined || openingContext.test(before) || /["'\u201C\u2018\u00AB\u201E]/.test(before)) &&
    after !== undefined &&
    !/\s/.test(after)
  );
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
/** Every mark, to go from one to the next: nothing else opens or closes a quotation. */
const marks = new RegExp(anyMark.source, 'g');

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
    marks.lastIndex = stack.length > 0 ? 1 : 0;
    for (let mark = marks.exec(text); mark; mark = marks.exec(text)) {
      const i = mark.index;
      const ch = mark[0];
      const top = stack[stack.length - 1];
      if (
        top &&
        top.closers.includes(ch) &&
        closesHere(text, i) &&
        (top.kind !== 'single' || plausibleSingle(text.slice(top.start + 1, i)))
      ) {
        stack.pop();
        found.push({
          kind: top.kind,
          text: [...top.parts, text.slice(top.start, i + 1)].join('\n'),
          block: top.block,
          start: top.firstStart,
        });
        continue;
      }
      // An apostrophe (Syria's, al-Buqa'an) or a right single mark never opens a quotation.
      if (ch === '\u2019' || (ch === "'" && isLetter(text[i - 1]))) continue;
      const candidate = opening(ch);
      if (!candidate || !opensHere(text, i)) continue;
      if (candidate.kind === 'single' && !closedLater(text, i, candidate.closers)) continue;
      stack.push({ ...candidate, block: blockIndex, start: i, firstStart: i, parts: [] });
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

/** Stands in for quoted text, which never names the source of its own attribution. */
export const QUOTATION_MASK = '\uE000';

/**
 * Each block with its quotations (`findQuotations` of the blocks) blanked out, keeping lengths,
 * quotations over several blocks included: to look for what stands outside them.
 */
export function maskQuotations(blocks: readonly string[], quotations: readonly Quotation[], mask = QUOTATION_MASK): string[] {
  // Each block is rebuilt once from its spans: a block of thousands of quotations is a long report, not a slow one.
  const spans = new Map<number, Array<[number, number]>>();
  for (const quotation of quotations) {
    quotation.text.split('\n').forEach((part, i) => {
      const block = quotation.block + i;
      const at = i === 0 ? quotation.start : 0;
      (spans.get(block) ?? spans.set(block, []).get(block)!).push([at, at + part.length]);
    });
  }
  return blocks.map((text, block) => {
    const within = spans.get(block);
    if (!within) return text;
    const parts: string[] = [];
    let at = 0;
    for (const [from, to] of within.sort((x, y) => x[0] - y[0])) {
      const start = Math.max(from, at);
      if (to <= start) continue;
      parts.push(text.slice(at, start), mask.repeat(to - start));
      at = to;
    }
    parts.push(text.slice(at));
    return parts.join('');
  });
}
