/**
 * What the page tells readers and machines about whom the article cites (the "Who is cited"
 * section, where its cue links land, the JSON-LD `citation`) must be what the verifier finds in
 * the source: the same names in the same order, each with its cues, each quotation with its
 * speaker or with none. A wrong name is worse than none: a name the source does not give fails
 * the build, naming both. Pure.
 */
import { citationOf, pageMarkers } from '../../contract.ts';
import { citedSources } from '../../text/claims.ts';
import { blockOpening, lettersAndDigits, normalizeTypography } from '../../text/normalize.ts';
import type { SourceAnalysis } from './analyse.ts';
import type { ComparedPage } from './page.ts';
import type { Failure } from './report.ts';

/** A text as compared: typography and white space aside. */
const shown = (text: string) => normalizeTypography(text);

/**
 * Many texts as compared, normalised in one pass: a long report has tens of thousands of
 * quotations, and one call on their joined text costs a fraction of one call each.
 */
function shownAll(texts: readonly string[]): string[] {
  const parts = normalizeTypography(texts.join('\u0001')).split('\u0001');
  return parts.length === texts.length ? parts.map((part) => part.trim()) : texts.map(shown);
}

/** One line of a list as compared, e.g. `SANA: reported, told`. */
const sourceLine = (name: string, cues: ReadonlyArray<{ cue: string }>) =>
  `${name.trim()}: ${cues.map(({ cue }) => cue.trim()).join(', ')}`;
const quoteLine = (text: string, by: string | undefined) => `${text.trim()} — ${by ? by.trim() : '(no speaker named)'}`;

/** Each place where two lists differ, as a failure naming what the source gives and what the page shows. */
function compareLists(what: string, expectedAsWritten: readonly string[], foundAsShown: readonly string[]): Failure[] {
  const [expected, found] = [shownAll(expectedAsWritten), shownAll(foundAsShown)];
  const failures: Failure[] = [];
  for (let i = 0; i < Math.max(expected.length, found.length); i++) {
    if (expected[i] === found[i]) continue;
    failures.push({
      check: 'cited',
      message: `${what} ${i + 1} is not what the source gives`,
      expected: expected[i] ?? '(nothing more)',
      found: found[i] ?? '(nothing)',
    });
  }
  return failures;
}

/** The JSON-LD `citation` items as compared: `CreativeWork|credit|cues` or `Quotation|credit|text`. */
function citationLine(item: unknown): string {
  const { '@type': type, creditText, description, text } = (item ?? {}) as Record<string, unknown>;
  const said = typeof text === 'string' ? text : typeof description === 'string' ? description : '';
  return `${String(type)}|${typeof creditText === 'string' ? creditText.trim() : ''}|${said.trim()}`;
}

export function checkCited(source: SourceAnalysis, page: ComparedPage): Failure[] {
  if (!page.cited) {
    return [
      {
        check: 'cited',
        message: `the page does not say who is cited (no visible section marked ${pageMarkers.cited} in the article)`,
        expected: 'a "Who is cited" section',
        found: '(none)',
      },
    ];
  }
  const sources = citedSources(source.attributions);
  const failures = [
    ...compareLists(
      '"Who is cited": source',
      sources.map(({ name, cues }) => sourceLine(name, cues)),
      page.cited.sources.map(({ name, cues }) => sourceLine(name, cues)),
    ),
    ...compareLists(
      '"Who is cited": quotation',
      source.quotations.map(({ text, attributedTo }) => quoteLine(text, attributedTo)),
      page.cited.quotations.map(({ text, by }) => quoteLine(text, by)),
    ),
  ];
  // Each cue's link lands on the paragraph that says it: the element with that id holds its block's
  // opening, letters and digits alone, as the anchor was placed; only an opening identifies a
  // block, and anchors are placed within an element's first few hundred characters. A block or an
  // element that several cues share is read once.
  const openings = new Map<number, string>();
  const landings = new Map<string, string>();
  const openingOf = (block: number) => openings.get(block) ?? openings.set(block, blockOpening(source.blocks[block] ?? '')).get(block)!;
  const landingKey = (id: string, text: string) => landings.get(id) ?? landings.set(id, lettersAndDigits(text.slice(0, 1000))).get(id)!;
  const holds = (id: string, landing: string, block: number) =>
    landingKey(id, landing).includes(openingOf(block)) ||
    // Unicode composition aside (a page may decompose é into e and its accent): compared again, normalised.
    lettersAndDigits(shown(landing.slice(0, 1000))).includes(blockOpening(shown((source.blocks[block] ?? '').slice(0, 400))));
  page.cited.sources.forEach(({ name, cues }, i) => {
    cues.forEach(({ cue, href }, j) => {
      const block = sources[i]?.cues[j]?.block;
      if (href === undefined || block === undefined) return;
      const id = href.startsWith('#') ? decodeURIComponent(href.slice(1)) : undefined;
      const landing = id === undefined ? undefined : page.anchors.get(id);
      if (id !== undefined && landing !== undefined && holds(id, landing, block)) return;
      failures.push({
        check: 'cited',
        message: `"Who is cited": the link of "${shown(cue)}" (${shown(name)}) does not land on the paragraph that says it`,
        expected: (source.blocks[block] ?? '').slice(0, 80),
        found: landing === undefined ? `${href} (no such paragraph in the article)` : landing.slice(0, 80),
      });
    });
  });
  if (page.citation !== undefined) {
    const expected = citationOf(
      sources.map(({ name, cues }) => ({ name, cues: cues.map(({ cue }) => cue) })),
      source.quotations.map(({ text, attributedTo }) => ({ text, by: attributedTo })),
    ).map(citationLine);
    failures.push(...compareLists('JSON-LD citation', expected, page.citation.map(citationLine)));
  }
  return failures;
}
