/**
 * What an article's text credits to whom: its quotations and attributions (found by
 * `quotations.ts` and `attributions.ts`), with pronouns resolved where the text makes it plain
 * and each quotation given to the speaker its attribution names. Pure, and the one source of what
 * the page's "Who is cited" shows, what the verifier checks and what `fidelity.json` lists.
 */
import { findAttributions, type Attribution } from './attributions.ts';
import { primaryLanguage } from './lang.ts';
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
const organisation =
  /\b(?:Ministry|Ministère|Agency|Agence|Office|Department|Council|Conseil|Committee|Commission|Party|Parti|Union|Police|Army|Government|Gouvernement|News|Times|Post|Press|Watch|Organi[sz]ation|Association|Institute|Institut|University|Université|Bank|Banque|Court|Cour|Service|Company|Group|Groupe|Foundation|Fondation|Ministry|Federation|Fédération|Network|Radio|TV|Television|Télévision|Centre|Center|Board|Authority|Autorité|Coalition|Forces|Front|Movement|Mouvement|House|Assembly|Assemblée|Senate|Sénat|Congress|Parliament|Parlement|Agence|France|Reuters|Associated|Corporation|Inc|Ltd)\b/u;

/** Titles that stand before a name without being part of it. */
const title =
  /^(?:President|Prime|Minister|Judge|Justice|Prosecutor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Mayor|Governor|Senator|Representative|Rep\.?|Sen\.?|Gov\.?|General|Gen\.?|Chairperson|Chairman|Chancellor|King|Queen|Princess|Prince|Pope|Secretary|Commissioner|Director|Chief|Sir|Lord|Lady|Saint|St\.?|Incumbent|Former|Voter|Analyst|Président|Ministre|Maire|Juge|Docteur|Monsieur|Madame|Mme|M\.)$/u;
/** A word of a name: capitalised, or a particle inside one ("Bill de Blasio", "Abdel Fattah el-Sisi"). */
const capitalisedWord =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:de|del|della|van|von|der|den|bin|ibn|da|di|du)|(?:al|el)-\p{Lu}[\p{L}\p{M}'’.-]*)$/u;

/** The person a source phrase names ("Prosecutor Kama Melly QC" → "Kama Melly QC"), when it reads as one. */
function personNamed(source: string): string | undefined {
  const words = source.split(/\s+/);
  // The last run of two or more capitalised words, titles left out, that is no organisation's name.
  for (let end = words.length; end > 0;) {
    let start = end;
    while (start > 0 && capitalisedWord.test(words[start - 1] ?? '')) start--;
    const run = words.slice(start, end);
    while (run.length > 0 && (title.test(run[0]!) || /^\p{Ll}/u.test(run[0]!))) run.shift();
    while (run.length > 0 && /^\p{Ll}/u.test(run.at(-1)!)) run.pop();
    const name = run.join(' ');
    // "Infectious Disease's director": a possessive ends no one's name.
    if (run.length >= 2 && !/['’]s?$/u.test(name) && !organisation.test(name) && !/^(?:The|A|An|Le|La|Les|L'|Un|Une)$/u.test(run[0]!))
      return name;
    end = start - 1;
  }
  return undefined;
}

/** How far back, in blocks, a pronoun may reach for the person it stands for. */
const REACH = 3;

/**
 * "He said" resolves to the person last named as the source of an attribution, within the last
 * few paragraphs, when no one else (person or body) was credited since: otherwise the pronoun
 * stays as written.
 */
function resolvePronouns(attributions: readonly Attribution[], lang: string): ResolvedAttribution[] {
  const set = pronouns[primaryLanguage(lang)] ?? pronouns.en!;
  let last: { name: string; block: number } | undefined;
  return attributions.map((attribution) => {
    const source = attribution.source.trim();
    if (set.has(source.toLowerCase())) {
      if (!last || attribution.block - last.block > REACH) return attribution;
      last.block = attribution.block;
      return { ...attribution, resolved: last.name };
    }
    const person = personNamed(source);
    // A body credited in between ("the ministry said") makes "he" no longer plain.
    if (person) last = { name: person, block: attribution.block };
    else if (source && !(last && source.includes(last.name.split(' ').at(-1)!))) last = undefined;
    return attribution;
  });
}

/**
 * A quotation is the words of the attribution whose sentence holds its opening or its closing
 * mark ("“…,” he said"; "He said: “…”"), or, for one standing alone, of an attribution ending
 * its paragraph just before with a colon.
 */
function attributeQuotations(
  quotations: readonly Quotation[],
  attributions: readonly ResolvedAttribution[],
  blocks: readonly string[],
): AttributedQuotation[] {
  // Attributions by block, in the order found (blocks in order), so that a quotation looks only
  // at its own blocks: a long report holds tens of thousands of each.
  const inBlock = new Map<number, ResolvedAttribution[]>();
  for (const a of attributions) if (a.source) (inBlock.get(a.block) ?? inBlock.set(a.block, []).get(a.block)!).push(a);
  return quotations.map((quotation) => {
    const parts = quotation.text.split('\n');
    const lastBlock = quotation.block + parts.length - 1;
    const end = (parts.length > 1 ? (blocks[lastBlock] ?? '').indexOf(parts.at(-1)!) : quotation.start) + parts.at(-1)!.length;
    const within = (a: ResolvedAttribution, at: number) => a.start <= at && at <= a.start + a.sentence.length;
    const speaker =
      inBlock.get(quotation.block)?.find((a) => within(a, quotation.start) || (lastBlock === quotation.block && within(a, end - 1))) ??
      (lastBlock === quotation.block ? undefined : inBlock.get(lastBlock)?.find((a) => within(a, end - 1))) ??
      (quotation.start === 0 ? inBlock.get(quotation.block - 1)?.find((a) => /:\s*$/u.test(a.sentence)) : undefined);
    // The speaker by name where the source phrase gives one ("Prosecutor Kama Melly QC" → Kama Melly QC).
    const name = speaker && (speaker.resolved ?? personNamed(speaker.source) ?? speaker.source);
    return name ? { ...quotation, attributedTo: name } : quotation;
  });
}

export function claimsOf(blocks: readonly string[], lang: string): Claims {
  const quotations = findQuotations(blocks);
  const attributions = resolvePronouns(findAttributions(blocks, lang, quotations), lang);
  return { attributions, quotations: attributeQuotations(quotations, attributions, blocks) };
}

/** A source's claims: those a render found already (`SourceFacts.claims`), else found now. */
export function claimsOfFacts(facts: { blocks: readonly string[]; lang: string; claims?: Claims | undefined }): Claims {
  return facts.claims ?? claimsOf(facts.blocks, facts.lang);
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
