/**
 * Cutting text into words and sentences with the platform's `Intl.Segmenter`, so that every
 * script (Arabic, Chinese, …) is cut where its own rules say. Shared by the Markdown pipeline
 * (teasers, reading time) and the verifier (attribution sentences, word counts).
 */

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

/** The sentences of a text, trimmed, empty ones left out. */
export function sentencesOf(text: string, lang: string): string[] {
  const out: string[] = [];
  const english = lang.toLowerCase().startsWith('en');
  let carry = '';
  for (const { segment } of segmenter(lang, 'sentence').segment(text)) {
    const sentence = `${carry}${segment}`;
    if (english && englishTitle.test(sentence.trimEnd())) {
      carry = sentence;
      continue;
    }
    carry = '';
    if (sentence.trim()) out.push(sentence.trim());
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

export function countWords(text: string, lang: string): number {
  let words = 0;
  for (const part of segmenter(lang, 'word').segment(text)) {
    if (part.isWordLike) words += 1;
  }
  return words;
}
