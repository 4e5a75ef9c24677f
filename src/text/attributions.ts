/**
 * Attributions: the sentences that attribute a claim ("SANA reported …", "… according to Human
 * Rights Watch"), found with the cue (`cues.ts`) and, where it can, the source they name. Pure;
 * sentences come from the platform's `Intl.Segmenter` (`segment.ts`).
 */
import { cuePattern, mayHaveCue, sourceFollows } from './cues.ts';
import { maskQuotations } from './quotations.ts';
import { sentencesOf } from './segment.ts';

export interface Attribution {
  sentence: string;
  /** The reporting cue as written, e.g. "told" or "according to". */
  cue: string;
  /** The source named, best effort ("SANA", "local reports"); empty when none can be found. */
  source: string;
  block: number;
  /** Where the sentence starts in its block. */
  start: number;
}

const fillers = new Set([
  'has', 'have', 'had', 'also', 'recently', 'reportedly', 'was', 'were', 'is', 'are', 'been', 'later',
  'earlier', 'then', 'previously', 'publicly', 'officially', 'repeatedly', 'again', 'once', 'had', 'will',
  'would', 'could', 'may', 'might', 'not', 'never', 'already', 'further', 'separately', 'reportedly',
]);
const determiner = /(?:^|\s)(its|the|a|an|his|her|their|our|this|these|those|whose)\s+$/iu;
/** Stands in for quoted text, which never names the source of its own attribution. */
const MASK = '\uE000';
const relative = /^(which|who|that|whom|whose)$/i;
const participle = /^\p{L}+(ing|ed)\b/iu;

function clauses(text: string): string[] {
  return text
    .replaceAll(MASK, ',')
    .split(/[,;:()\u2014\u2013]|\s-\s/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function trimFillers(phrase: string): string {
  const words = phrase.split(/\s+/).filter(Boolean);
  while (words.length > 0 && fillers.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  return words.join(' ');
}

/** The named source of an "X said" clause: the nearest clause before the cue that is not an aside. */
function sourceBefore(before: string): string {
  const parts = clauses(before);
  for (let i = parts.length - 1; i >= 0; i--) {
    const candidate = trimFillers(parts[i] ?? '');
    if (!candidate) continue;
    if (relative.test(candidate) && i > 0) continue;
    if (participle.test(candidate) && i > 0) continue;
    return candidate.replace(/^(that|and|but|while)\s+/i, '');
  }
  return '';
}

/** The named source of "according to X": up to the next clause boundary. */
function sourceAfter(after: string): string {
  return (clauses(after)[0] ?? '').replace(/[.!?\u201D"'\u2019]+$/u, '').trim();
}

export function findAttributions(blocks: readonly string[], lang: string): Attribution[] {
  const pattern = cuePattern(lang);
  const found: Attribution[] = [];
  blocks.forEach((block, blockIndex) => {
    if (!mayHaveCue(block, lang)) return;
    let from = 0;
    for (const sentence of sentencesOf(block, lang)) {
      const start = block.indexOf(sentence, from);
      from = start + sentence.length;
      if (!mayHaveCue(sentence, lang)) continue;
      // "its declared goal", "the reported figure": after a determiner the cue is an adjective.
      // The cue must stand outside the quotation it introduces: "The minister told us …," X said.
      const masked = maskQuotations(sentence, MASK);
      const match = [...masked.matchAll(pattern)].find((m) => !determiner.test(masked.slice(0, m.index)));
      if (!match) continue;
      const cue = match[0];
      const before = masked.slice(0, match.index);
      const after = masked.slice(match.index + cue.length);
      const source = sourceFollows(cue, lang) ? sourceAfter(after) : sourceBefore(before) || sourceAfter(after);
      found.push({ sentence, cue, source, block: blockIndex, start });
    }
  });
  return found;
}
