/**
 * What changed between two copies of a report: a word-level diff of their texts (jsdiff), and
 * the changes a reader most needs named: quotations added, removed or changed, attributions added
 * or removed. A change of white space or typography alone (straight against curly marks, dashes)
 * is told apart as such. Pure.
 */
import { diffWordsWithSpace } from 'diff';
import { claimsOf } from './claims.ts';
import { cueInfo } from './cues.ts';
import { normalizeTypography } from './normalize.ts';

/** A copy's text as its page shows it: its blocks, in its language. */
export interface CopyText {
  blocks: readonly string[];
  lang: string;
}

export interface TextChange {
  /** The text, in order: unchanged, removed or added runs of words and the space between them. */
  parts: Array<{ value: string; added?: boolean | undefined; removed?: boolean | undefined }>;
  /** `typography`: only white space or the shape of marks changed; `words` otherwise. */
  kind: 'words' | 'typography';
  /** The changes named for a reader, quotations first. */
  named: string[];
}

/** A copy's text as one string, its blocks parted by a blank line, as the changes page shows it. */
export const joinedText = (copy: CopyText): string => copy.blocks.join('\n\n');

/** What a reader compares: typography and white space aside. */
export const comparable = (text: string): string => normalizeTypography(text).replace(/\s+/g, ' ').trim();

/** The items only `a` has, by `key`, in `a`'s order. */
function only<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): T[] {
  const inB = new Set(b.map(key));
  return a.filter((item) => !inB.has(key(item)));
}

export function changesBetween(before: CopyText, after: CopyText): TextChange {
  const [from, to] = [joinedText(before), joinedText(after)];
  const parts = diffWordsWithSpace(from, to).map(({ value, added, removed }) => ({ value, added, removed }));
  if (comparable(from) === comparable(to)) return { parts, kind: 'typography', named: [] };
  const [was, is] = [claimsOf(before.blocks, before.lang), claimsOf(after.blocks, after.lang)];
  const quotation = ({ text }: { text: string }) => comparable(text);
  const [gone, come] = [only(was.quotations, is.quotations, quotation), only(is.quotations, was.quotations, quotation)];
  const named: string[] = [];
  // A quotation gone where another came is one quotation changed, in the order they stand.
  for (let i = 0; i < Math.max(gone.length, come.length); i++) {
    const [old, now] = [gone[i], come[i]];
    if (old && now) named.push(`a quotation changed: ${old.text} became ${now.text}`);
    else if (old) named.push(`a quotation removed: ${old.text}`);
    else if (now) named.push(`a quotation added: ${now.text}`);
  }
  const attribution = ({ source, cue }: { source: string; cue: string }) => comparable(`${source} ${cue}`).toLowerCase();
  // As the text says it: "according to the mayor", "the mayor said".
  const credit = ({ source, cue }: { source: string; cue: string }, lang: string) =>
    cueInfo(cue, lang)?.sourceFollows ? `${cue} ${source}` : `${source} ${cue}`;
  for (const gone of only(was.attributions, is.attributions, attribution))
    named.push(`an attribution removed: ${credit(gone, before.lang)}`);
  for (const come of only(is.attributions, was.attributions, attribution)) named.push(`an attribution added: ${credit(come, after.lang)}`);
  return { parts, kind: 'words', named };
}
