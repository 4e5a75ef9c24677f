/**
 * Cutting text into words and sentences with the platform's `Intl.Segmenter`, so that every
 * script (Arabic, Chinese, …) is cut where its own rules say. Shared by the Markdown pipeline
 * (teasers, reading time) and the verifier (attribution sentences, word counts).
 */
import { primaryLanguage } from './lang.ts';

const segmenters = new Map<string, Intl.Segmenter>();

/** Segmenters are costly to make (locale data is loaded each time), so one per language and kind. */
export function segmenter(lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${granularity}:${lang}`;
  let made = segmenters.get(key);
  if (!made) segmenters.set(key, (made = new Intl.Segmenter(lang, { granularity })));
  return made;
}

/**
 * English titles that end in a full stop. ICU's own list of them (`-u-ss-standard`) is not
 * available through V8's `Intl.Segmenter`, so a segment ending in one joins the next.
 */
const englishTitle = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Jr|Sr|Mt|Ft|Rev|Hon)\.$/;

/**
 * The sentences of a text, trimmed, empty ones left out; with `through`, only as far as the
 * sentence holding that index (the rest is never cut).
 */
export function sentencesOf(text: string, lang: string, through = Infinity): string[] {
  const out: string[] = [];
  const english = primaryLanguage(lang) === 'en';
  let carry = '';
  for (const { segment, index } of segmenter(lang, 'sentence').segment(text)) {
    const sentence = `${carry}${segment}`;
    if (english && englishTitle.test(sentence.trimEnd())) {
      carry = sentence;
      continue;
    }
    carry = '';
    if (sentence.trim()) out.push(sentence.trim());
    if (index + segment.length > through) return out;
  }
  if (carry.trim()) out.push(carry.trim());
  return out;
}

export function firstSentence(text: string, lang: string): string {
  for (const { segment } of segmenter(lang, 'sentence').segment(text)) {
    const sentence = segment.trim();
    if (sentence) return sentence;
  }
  return '';
}

/**
 * A piece of text between spaces that the word segmenter reads as exactly one word: letters and
 * digits of the Latin alphabets, with only such punctuation at either end as never joins words
 * (inside a run of letters nothing breaks; a space always does). `noWord`: punctuation alone.
 */
const plainWord = /^[([{"“‘'¡¿]*[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+[)\]}"”’'.,;:!?]*$/;
const noWord = /^[-–—.,;:!?…"“”‘’'()[\]]+$/;

/**
 * The words of a text, as `Intl.Segmenter` counts them (its word-like segments). Most of a text
 * is plain words between spaces, counted at sight; the rest goes to the segmenter, in one piece.
 * Segmenting everything costs a render far more (`npm run bench:render`); a property test holds
 * the two ways equal on random text of every kind of character.
 */
export function countWords(text: string, lang: string): number {
  let words = 0;
  const rest: string[] = [];
  // Only these spaces: some other "spaces" join words (U+202F between letters, U+FEFF inside one).
  for (const piece of text.split(/[ \t\n\r]+/)) {
    if (plainWord.test(piece)) words += 1;
    else if (piece && !noWord.test(piece)) rest.push(piece);
  }
  if (rest.length > 0) {
    for (const part of segmenter(lang, 'word').segment(rest.join(' '))) if (part.isWordLike) words += 1;
  }
  return words;
}

const letterClass = /\p{L}/u;
const letterOrDigitClass = /[\p{L}\p{N}]/u;

/**
 * Whether the character at `i` (a whole code point, surrogate pairs read together) is a letter,
 * or with `digits` a letter or a digit: ASCII told by its code, the rest by its Unicode class.
 * For the loops that read text character by character (cues, anchors), where a regular
 * expression on every character would cost most of the loop.
 */
export function letterAt(text: string, i: number, digits = false): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return ((code | 32) >= 97 && (code | 32) <= 122) || (digits && code >= 48 && code <= 57);
  return (digits ? letterOrDigitClass : letterClass).test(String.fromCodePoint(text.codePointAt(i)!));
}
