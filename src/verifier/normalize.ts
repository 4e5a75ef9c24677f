/**
 * Typography is all the verifier forgives: white space, Unicode composition, straight versus
 * curly quotes and apostrophes, `--`/`–`, `---`/`—` and `...`/`…`. Case, digits and words count.
 * Guillemets and low-9 quotes keep their own kind.
 */
const replacements: Array<[RegExp, string]> = [
  [/[\u201C\u201D\u201F\u2033]/g, '"'],
  [/[\u2018\u2019\u201B\u2032]/g, "'"],
  [/---/g, '\u2014'],
  [/--/g, '\u2013'],
  [/\.\.\./g, '\u2026'],
  [/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' '],
  // Invisible format characters a page may add or drop (soft hyphen, zero-width space, BOM).
  [/[\u00AD\u200B\u2060\uFEFF]/g, ''],
];

export function normalizeTypography(text: string): string {
  let out = text.normalize('NFC');
  for (const [pattern, replacement] of replacements) out = out.replace(pattern, replacement);
  return out.trim();
}
