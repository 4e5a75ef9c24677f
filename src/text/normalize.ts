/**
 * Typography is all the verifier forgives: white space, Unicode composition, straight versus
 * curly quotes and apostrophes, `--`/`–`, `---`/`—` and `...`/`…`. Case, digits and words count.
 * Guillemets and low-9 quotes keep their own kind. Typographic marks are spelled out (`…` as
 * `...`), so that every mark counts: `....` and `.…` read the same, `…` and `.…` do not.
 */
const single: Record<string, string> = {
  '\u201C': '"',
  '\u201D': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u2014': '---',
  '\u2013': '--',
  '\u2026': '...',
  // Invisible format characters a page may add or drop (soft hyphen, zero-width space, BOM).
  '\u00AD': '',
  '\u200B': '',
  '\u2060': '',
  '\uFEFF': '',
};
const singles = /[\u201C\u201D\u201F\u2033\u2018\u2019\u201B\u2032\u2014\u2013\u2026\u00AD\u200B\u2060\uFEFF]/g;
const space = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

export function normalizeTypography(text: string): string {
  return text
    .normalize('NFC')
    .replace(singles, (ch) => single[ch] ?? ch)
    .replace(space, ' ')
    .trim();
}

/** Text blocks as one text, typography normalised: what the verifier compares and counts words in. */
export function blocksText(blocks: readonly string[]): string {
  return normalizeTypography(blocks.join('\n'));
}

/**
 * A text's letters and digits alone: how a source block and the published element showing it are
 * compared, typography (straight against curly quotes, dashes) and white space aside.
 */
export function lettersAndDigits(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** What identifies a block: the first 48 letters and digits of its text (where "Who is cited" links a cue to). */
export function blockOpening(block: string): string {
  return lettersAndDigits(block.slice(0, 96)).slice(0, 48);
}
