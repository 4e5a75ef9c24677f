/**
 * What an article's text credits to whom: its quotations and attributions (found by
 * `quotations.ts` and `attributions.ts`), with pronouns resolved where the text makes it plain
 * and each quotation given to the speaker its attribution names. Pure, and the one source of what
 * the page's "Who is cited" shows, what the verifier checks and what `fidelity.json` lists.
 */
import { findAttributions, type Attribution } from './attributions.ts';
import { findQuotations, type Quotation } from './quotations.ts';

export interface ResolvedAttribution extends Attribution {
  /** The person a pronoun source ("he", "elle") stands for, when the text names them plainly before. */
  resolved?: string | undefined;
}

export interface AttributedQuotation extends Quotation {
  /** Who says it, when an attribution in the same sentence names them (pronouns resolved). */
  attributedTo?: string | undefined;
}

export interface Claims {
  quotations: AttributedQuotation[];
  attributions: ResolvedAttribution[];
}

const pronouns: Record<string, ReadonlySet<string>> = {
  en: new Set(['he', 'she']),
  fr: new Set(['il', 'elle']),
};

/** Words that make a capitalised name an organisation's rather than a person's. */
const organisation = /\b(?:Ministry|Ministère|Agency|Agence|Office|Department|Council|Conseil|Committee|Commission|Party|Parti|Union|Police|Army|Government|Gouvernement|News|Times|Post|Press|Watch|Organi[sz]ation|Association|Institute|Institut|University|Université|Bank|Banque|Court|Cour|Service|Company|Group|Groupe|Foundation|Fondation|Ministry|Federation|Fédération|Network|Radio|TV|Television|Télévision|Centre|Center|Board|Authority|Autorité|Coalition|Forces|Front|Movement|Mouvement|House|Assembly|Assemblée|Senate|Sénat|Congress|Parliament|Parlement|Agence|France|Reuters|Associated|Corporation|Inc|Ltd)\b/u;

/** The trailing run of capitalised words of a source phrase, when it reads as a person's name. */
function personNamed(source: string): string | undefined {
  const words = source.split(/\s+/);
  let first = words.length;
  while (first > 0 && /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(words[first - 1] ?? '')) first--;
  const name = words.slice(first);
  // Two or more capitalised words at the end ("Maria Zakharova"), and no organisation's word.
  if (name.length < 2 || organisation.test(name.join(' '))) return undefined;
  // A sentence's first word is capitalised whatever it is: "The", "Le" open phrases, not names.
  if (/^(?:The|A|An|Le|La|Les|L'|Un|Une)$/u.test(name[0] ?? '')) return undefined;
  return name.join(' ');
}

/**
 * "He said" resolves to the person named as the source of the attribution before it, within the
 * same paragraph or the one before, and only when no other person was named between: otherwise
 * the pronoun stays as written.
 */
function resolvePronouns(attributions: readonly Attribution[], lang: string): ResolvedAttribution[] {
  const set = pronouns[lang.toLowerCase().split('-')[0] ?? 'en'] ?? pronouns.en!;
  let last: { name: string; block: number } | undefined;
  return attributions.map((attribution) => {
    const source = attribution.source.trim();
    if (set.has(source.toLowerCase())) {
      const near = last && attribution.block - last.block <= 1;
      return near ? { ...attribution, resolved: last!.name } : attribution;
    }
    const person = personNamed(source);
    last = person ? { name: person, block: attribution.block } : source ? undefined : last;
    return attribution;
  });
}

/**
 * A quotation is the words of the attribution whose sentence holds its opening or its closing
 * mark ("“…,” he said"; "He said: “…”"), or, for one standing alone, of an attribution ending
 * its paragraph just before with a colon.
 */
function attributeQuotations(quotations: readonly Quotation[], attributions: readonly ResolvedAttribution[], blocks: readonly string[]): AttributedQuotation[] {
  return quotations.map((quotation) => {
    const parts = quotation.text.split('\n');
    const lastBlock = quotation.block + parts.length - 1;
    const end = (parts.length > 1 ? (blocks[lastBlock] ?? '').indexOf(parts.at(-1)!) : quotation.start) + parts.at(-1)!.length;
    const within = (a: ResolvedAttribution, block: number, at: number) => a.block === block && a.start <= at && at <= a.start + a.sentence.length;
    const speaker = attributions.find((a) => a.source && (within(a, quotation.block, quotation.start) || within(a, lastBlock, end - 1))) ??
      attributions.find((a) => a.source && a.block === quotation.block - 1 && quotation.start === 0 && /:\s*$/u.test(a.sentence));
    const name = speaker && (speaker.resolved ?? speaker.source);
    return name ? { ...quotation, attributedTo: name } : quotation;
  });
}

export function claimsOf(blocks: readonly string[], lang: string): Claims {
  const attributions = resolvePronouns(findAttributions(blocks, lang), lang);
  return { attributions, quotations: attributeQuotations(findQuotations(blocks), attributions, blocks) };
}

/** One source the text credits, with each cue it is credited by and the block that says so. */
export interface CitedSource {
  /** As written where first named, or the person a pronoun was resolved to. */
  name: string;
  cues: Array<{ cue: string; block: number }>;
}

const key = (name: string) => name.toLowerCase().replace(/^(?:the|a|an|le|la|les|l['’]|un|une)\s*/u, '');

/** The sources credited, in order of first mention, each once; attributions without a source are left out. */
export function citedSources(attributions: readonly ResolvedAttribution[]): CitedSource[] {
  const byKey = new Map<string, CitedSource>();
  for (const { source, resolved, cue, block } of attributions) {
    const name = resolved ?? source;
    if (!name) continue;
    let cited = byKey.get(key(name));
    if (!cited) byKey.set(key(name), (cited = { name, cues: [] }));
    cited.cues.push({ cue, block });
  }
  return [...byKey.values()];
}
