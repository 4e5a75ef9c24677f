/**
 * What the checks look for in a source, found once per article (ahead of its page, during a
 * build): its text, its quotations and its attributions. Pure.
 */
import { blocksText } from '../../text/normalize.ts';
import { wordsOfFacts, type SourceFacts } from '../../text/source-facts.ts';
import { claimsOfFacts, type AttributedQuotation, type ResolvedAttribution } from '../../text/claims.ts';

export interface SourceAnalysis extends SourceFacts {
  /** Words of the blocks, as the word check counts them (`wordsOf`). */
  words: number;
  /** The blocks as one text, typography normalised: what the page's body text is compared with. */
  text: string;
  quotations: AttributedQuotation[];
  attributions: ResolvedAttribution[];
}

export function analyseSource(facts: SourceFacts): SourceAnalysis {
  const text = blocksText(facts.blocks);
  return {
    ...facts,
    words: wordsOfFacts(facts, text),
    text,
    // The same function on the same blocks: a render's finding is the verifier's.
    ...claimsOfFacts(facts),
  };
}
