/**
 * Finding cues in a text: one pattern of a language's cues (listed in `cue-words.ts`), tried only
 * where a word that some cue starts with begins. How a cue is read in its sentence is
 * `attributions.ts`.
 */
import { cuesOfLanguage, type Cue } from './cue-words.ts';
import { primaryLanguage } from './lang.ts';
import { letterAt } from './segment.ts';

export type { Cue } from './cue-words.ts';

/** A French verb's subject pronoun joined to it (« dit-il », « a-t-elle »), as a pattern; group 1: the pronoun. */
export const frenchInvertedPronoun = '-(?:t-)?(il|elle|ils|elles|on)';

const cueLists = new Map<string, readonly Cue[]>();

/** Cues for a language (`cuesOfLanguage`), made once per language. */
export function cuesFor(lang: string): readonly Cue[] {
  const primary = primaryLanguage(lang);
  let cues = cueLists.get(primary);
  if (!cues) cueLists.set(primary, (cues = cuesOfLanguage(primary)));
  return cues;
}

const lookups = new Map<string, ReadonlyMap<string, Cue>>();

/** What is known of a cue as matched ("According  to" → according to), in a language. */
export function cueInfo(cue: string, lang: string): Cue | undefined {
  const primary = primaryLanguage(lang);
  let lookup = lookups.get(primary);
  if (!lookup) lookups.set(primary, (lookup = new Map(cuesFor(primary).map((known) => [known.cue.toLowerCase(), known]))));
  return lookup.get(cue.toLowerCase().replace(/\s+/g, ' '));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new Map<string, RegExp>();

/** One sticky pattern for all cues of a language, longest first, made once per language. */
function cuePattern(lang: string): RegExp {
  const primary = primaryLanguage(lang);
  let pattern = patterns.get(primary);
  if (!pattern) {
    const cues = [...new Set(cuesFor(primary).map(({ cue }) => cue))]
      .sort((a, b) => b.length - a.length)
      .map((cue) => escape(cue).replace(/ /g, '\\s+'));
    patterns.set(primary, (pattern = new RegExp(`(?:${cues.join('|')})(?![\\p{L}\\p{N}])`, 'iuy')));
  }
  return pattern;
}

/** How many UTF-16 units the character at `i` takes. */
const widthAt = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1);

/** Whether the character ending just before `i` is a letter or a digit. */
function wordCharBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  // The second half of a surrogate pair: the character starts one unit earlier.
  const pair = i >= 2 && text.codePointAt(i - 2)! > 0xffff;
  return letterAt(text, pair ? i - 2 : i - 1, true);
}

/** Where the run of letters and digits from `i` ends. */
function runEnd(text: string, i: number): number {
  let end = i;
  while (end < text.length && letterAt(text, end, true)) end += widthAt(text, end);
  return end;
}

/** A cue's first word in lower case, read as `findCues` reads a text's words: "according", "'s", "d" (of "d'après"). */
const openingWord = (cue: string) => (/^['’]?[\p{L}\p{N}]+/u.exec(cue)?.[0] ?? cue).toLowerCase();

const openingWords = new Map<string, ReadonlySet<string>>();

/**
 * Every cue in a text, in order, whole words only, case aside: its index and the text it matched.
 * A word starts at a letter after no letter or digit, or at an apostrophe before a letter (the
 * "'s" of "she's like"; "d'après" is "d", "'après" and "après"), and runs over letters and
 * digits. The pattern with all the cues (hundreds of alternatives) is tried only where a word
 * that some cue opens with starts, found by one lookup in a set, and the words are read character
 * by character: trying the pattern at every word start, found by a regular expression, cost a
 * third of the whole extraction (`npm run bench:render`).
 */
export function findCues(text: string, lang: string): Array<{ index: number; cue: string }> {
  const primary = primaryLanguage(lang);
  let openers = openingWords.get(primary);
  if (!openers) openingWords.set(primary, (openers = new Set(cuesFor(primary).map(({ cue }) => openingWord(cue)))));
  const pattern = cuePattern(primary);
  const found: Array<{ index: number; cue: string }> = [];
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    const apostrophe = (code === 0x27 || code === 0x2019) && i + 1 < text.length && letterAt(text, i + 1);
    if (!apostrophe && (!letterAt(text, i) || wordCharBefore(text, i))) {
      i += widthAt(text, i);
      continue;
    }
    const end = runEnd(text, i + widthAt(text, i));
    // After an apostrophe, its letters start a word of their own.
    let next = apostrophe ? i + 1 : end;
    if (openers.has(text.slice(i, end).toLowerCase())) {
      pattern.lastIndex = i;
      const match = pattern.exec(text);
      if (match) {
        found.push({ index: i, cue: match[0] });
        next = i + match[0].length;
      }
    }
    i = next;
  }
  return primary === 'fr' && text.includes('-') ? withFrenchIncises(text, found) : found;
}

/**
 * « …, ironise-t-il. », « …, tempère-t-elle, … »: a verb joined to its subject pronoun after a
 * comma or a quotation, and set off to the end of its clause, reports words whatever the verb: an
 * incise names its speaker (French writers vary the verb on purpose). Not after an opening word
 * (« Aussi a-t-il décidé »), not in a question (`attributions.ts` leaves those).
 */
// Read forward from the comma or mark: a look behind over white space would read a long run of it
// again at every position (quadratic in a hostile article).
const frenchIncise = new RegExp(`[,»”](\\s*)(\\p{L}+)(?=${frenchInvertedPronoun}\\s*[,.;!…])`, 'gu');

function withFrenchIncises(text: string, found: Array<{ index: number; cue: string }>): Array<{ index: number; cue: string }> {
  const known = new Set(found.map(({ index }) => index));
  const incises = [...text.matchAll(frenchIncise)]
    .map((match) => ({ index: match.index + 1 + match[1]!.length, cue: match[2]! }))
    .filter(({ index }) => !known.has(index));
  if (incises.length === 0) return found;
  return [...found, ...incises].sort((a, b) => a.index - b.index);
}
