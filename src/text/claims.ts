/**
 * What an article's text credits to whom: its quotations and attributions (found by
 * `quotations.ts` and `attributions.ts`), each person by the fullest name the article gives
 * (`mentions.ts`), pronouns resolved where the text makes it plain, and each quotation given to
 * the speaker its attribution names when that is a noun phrase (`noun-phrase.ts`), or to the
 * named person its own clause opens on, else to no one.
 * Pure, and the one source of what the page's "Who is cited" shows, what the verifier checks and
 * what `fidelity.json` lists.
 */
import { findAttributions, turnMarker, type Attribution } from './attributions.ts';
import { primaryLanguage } from './lang.ts';
import { endsOnComplement, isNameParticle, isTitle, mentionsOf, type Mentions, type Person } from './mentions.ts';
import { definiteArticle, namesASpeaker, opensOnDeterminer } from './noun-phrase.ts';
import { findQuotations, maskQuotations, type Quotation } from './quotations.ts';

export interface ResolvedAttribution extends Attribution {
  /**
   * The person the source is, by the fullest name the article gives them, when the text makes it
   * plain: a pronoun ("he", "elle"), a title alone ("the Vice President") or a shorter form of
   * the name ("Duda", "Foreign Ministry spokeswoman Maria Zakharova").
   */
  resolved?: string | undefined;
}

export interface AttributedQuotation extends Quotation {
  /**
   * Who says it, by the fullest name the article gives them, when an attribution in the same
   * sentence or the quotation's own clause names them (pronouns resolved); left out when the text
   * does not make it plain.
   */
  attributedTo?: string | undefined;
}

export interface Claims {
  quotations: AttributedQuotation[];
  attributions: ResolvedAttribution[];
}

const pronouns: Record<string, ReadonlySet<string>> = {
  // "according to him", « selon lui »: the object forms stand for a person as the subject forms do.
  en: new Set(['he', 'she', 'him', 'her']),
  fr: new Set(['il', 'elle', 'lui']),
};

/** The first person, which in an interview's turn is the one whose turn it is. */
const firstPerson: Record<string, ReadonlySet<string>> = {
  en: new Set(['i', 'me']),
  fr: new Set(['je', 'j’', "j'", 'moi']),
};

/**
 * An interview as turns (`turnMarker`), a turn running on over the blocks after it up to the
 * next: each block's speaker, where it is one's turn. The interviewer's "((WN))" names no one.
 */
function interviewTurns(blocks: readonly string[]): Array<string | undefined> {
  let speaker: string | undefined;
  return blocks.map((block) => {
    const opening = turnMarker.exec(block);
    if (opening) speaker = /\p{Ll}/u.test(opening[1]!) ? opening[1]!.trim() : undefined;
    return speaker;
  });
}

/** Nouns of a person's role, English and French, that a report uses for someone it may not name. */
const roleNouns = [
  'researcher|scientist|professor|academic|lawyer|attorney|producer|spokesman|spokeswoman|spokesperson|judge|prosecutor|journalist|actor|actress|singer|writer|author|coach|player|driver|pilot|politician|candidate|doctor|physician|protester|witness|resident|officer|soldier|official',
  'chercheur|chercheuse|universitaire|scientifique|professeur|professeure|avocat|avocate|producteur|productrice|porte-parole|juge|procureur|procureure|journaliste|comédien|comédienne|chanteur|chanteuse|acteur|actrice|écrivain|écrivaine|auteur|autrice|entraîneur|entraîneuse|joueur|joueuse|pilote|navigateur|navigatrice|skipper|candidat|candidate|médecin|militant|militante|humoriste|manifestant|manifestante|témoin|habitant|habitante|policier|policière|soldat',
].join('|');

/** A person's role after a definite article, pointing back to someone named before: "the researcher", « l'universitaire ». */
const rolePointingBack = new RegExp(`^(?:the|le|la|l['’])\\s*(?:same\\s+|même\\s+)?(?:${roleNouns})$`, 'iu');

/**
 * Someone the text describes by a role without a name the table of people knows: "a spokesman for
 * the police", « un porte-parole de la police », or a name given such a role ("Hassan, un autre
 * manifestant"). A pronoun right after, in the same paragraph, stands for them.
 */
const describedByRole = new RegExp(`^(?:a|an|the|un|une|le|la|l['’])\\s*(?:\\p{Ll}+\\s+){0,2}?(?:${roleNouns})(?:\\s|$)`, 'iu');

function unnamedPerson(attribution: Attribution, source: string): string | undefined {
  if (describedByRole.test(source)) return source;
  const at = attribution.sentence.indexOf(source);
  const apposed = at < 0 ? undefined : /^\s*,\s*([^,;:.]+)/u.exec(attribution.sentence.slice(at + source.length))?.[1];
  return /^\p{Lu}\p{Ll}+$/u.test(source) && apposed && describedByRole.test(apposed.trim()) ? source : undefined;
}

/** How far back, in blocks, a pronoun may reach for the person it stands for. */
const REACH = 3;

/**
 * "He said" stands for a person when the text makes it plain, as Citron weighs it: the person
 * named before the pronoun in its own sentence; else, of the two people last named before it
 * (outside quotations, a few paragraphs back at most), the one last credited as a source when it
 * is one of them, or the one person both name when nobody was credited. A body credited since
 * that person ("the ministry said") makes "he" no longer plain. Otherwise the pronoun stays as
 * written. Every other source naming a person the article names is given that person's fullest
 * name too (`resolved`).
 */
function resolvePronouns(
  attributions: readonly Attribution[],
  lang: string,
  mentions: Mentions,
  turns: ReadonlyArray<string | undefined>,
): ResolvedAttribution[] {
  const set = pronouns[primaryLanguage(lang)] ?? pronouns.en!;
  const self = firstPerson[primaryLanguage(lang)] ?? firstPerson.en!;
  // The source last credited: a person, or a body (`who` undefined), which leaves "he" unplain
  // unless it is someone described by a role (`unnamed`), where it stood (`at`).
  let last: { who: Person | undefined; block: number; at: number; unnamed?: string | undefined } | undefined;
  return attributions.map((attribution) => {
    const source = attribution.source.trim();
    const turn = turns[attribution.block];
    const sourceAt = attribution.start + Math.max(0, attribution.sentence.indexOf(source));
    // "((Zara Kay)) … I told her": in an interview, "I" is the one whose turn it is.
    if (turn && self.has(source.toLowerCase())) {
      const who = mentions.person(turn);
      last = { who, block: attribution.block, at: sourceAt };
      return { ...attribution, resolved: who?.name ?? turn };
    }
    // "the researcher", « l'universitaire », « le même chercheur »: a role pointing back to a person, read as a pronoun is.
    if (set.has(source.toLowerCase()) || (rolePointingBack.test(source) && !personOf(source, mentions))) {
      const at = sourceAt;
      const nearest = mentions.before(attribution.block, at, 2, REACH);
      // "Biden gave a speech in which he called …": the person named before the pronoun in its own sentence.
      const [closest] = nearest;
      const inSentence = closest?.at.some(({ block, start }) => block === attribution.block && start >= attribution.start && start < at);
      const recent = last && attribution.block - last.block <= REACH ? last : undefined;
      // A body credited before the one person the pronoun's paragraph names since does not stand between them.
      // (One described by a role, "a police spokesman", may be "he" as well: then the pronoun is not plain.)
      const sole = !recent?.unnamed && soleInParagraph(nearest, attribution.block, at, recent?.who ? undefined : recent);
      const who = inSentence
        ? closest
        : recent
          ? recent.who && (nearest.length === 0 || nearest.includes(recent.who))
            ? recent.who
            : sole
              ? nearest[0]
              : undefined
          : nearest.length > 0 && (nearest.every((near) => near === nearest[0]) || sole)
            ? nearest[0]
            : undefined;
      // « …, a indiqué un porte-parole de la police. « … » a-t-il précisé »: the one described just before, no one named since.
      const described =
        !who &&
        !inSentence &&
        recent?.unnamed &&
        recent.block === attribution.block &&
        !nearest.some((near) => near.at.some(({ block, start }) => block === attribution.block && start > recent.at && start < at))
          ? recent.unnamed
          : undefined;
      if (described) {
        last = { ...recent!, at };
        return { ...attribution, resolved: described };
      }
      // In an interview's turn its speaker is "I": "she said" there is someone else.
      if (!who || (turn && mentions.person(turn) === who)) return attribution;
      last = { who, block: attribution.block, at };
      return { ...attribution, resolved: who.name };
    }
    // The person an appositive names first: a name inside the description is most often the employer's.
    const who = appositivePerson(attribution, source, mentions) ?? personOf(source, mentions);
    if (source) last = { who, block: attribution.block, at: sourceAt, unnamed: who ? undefined : unnamedPerson(attribution, source) };
    // "Duda told", "the Vice President said": the person by the fullest name the article gives them.
    if (who) return who.name !== source ? { ...attribution, resolved: who.name } : attribution;
    // "the SDF said": the body by the name the article spelled out for it.
    const acronym = /^(?:[Tt]he\s+|[Ll][ae]\s+|[Ll]['’]\s*)?(\p{Lu}[\p{Lu}\p{N}]{1,7})$/u.exec(source)?.[1];
    const spelled = acronym && mentions.spelledOut(acronym);
    return spelled ? { ...attribution, resolved: spelled } : attribution;
  });
}

/**
 * "Le ministre Alberto Ruiz-Gallardón désirerait … Selon lui, « … »": the one person the pronoun's
 * own paragraph names before it (after the body credited last, `since`, when one was) is the one
 * it stands for, whoever an earlier paragraph named.
 */
function soleInParagraph(nearest: readonly Person[], block: number, at: number, since: { block: number; at: number } | undefined): boolean {
  const namedHere = (person: Person | undefined) =>
    person?.at.some(
      (mention) => mention.block === block && mention.start < at && (!since || since.block < block || mention.start > since.at),
    ) ?? false;
  return namedHere(nearest[0]) && !nearest.slice(1).some((person) => person !== nearest[0] && namedHere(person));
}

/**
 * The person a source phrase names, by the table of the article's people: by name ("Maria
 * Zakharova", "ABHM president Chakrapani"), or by the title the article gave one person alone
 * ("the Vice President").
 */
function personOf(source: string, mentions: Mentions): Person | undefined {
  const [first] = mentions.named(source);
  if (first) return first;
  // One capitalised word the article uses for a single person it names in full ("Kosgei"); not an
  // owner's ("Trump's State Department").
  const surnames = source
    .split(/\s+/)
    .filter((word) => !/['’]s[,.;:]*$/u.test(word))
    .map((word) => word.replace(/[,.;:]*$/u, ''))
    .filter((word) => /^\p{Lu}\p{Ll}/u.test(word));
  for (const word of surnames.reverse()) {
    const person = mentions.person(word);
    if (person) return person;
  }
  return mentions.titled(source);
}

/**
 * Who a quotation's attribution names, by the fullest name the article gives: the person a
 * pronoun stands for, the person the source phrase names ("ABHM president Chakrapani" → "Swami
 * Chakrapani"), the one person the article gave a title ("the Vice President" → "Mike Pence"), or
 * the source phrase itself when it is a noun phrase and nothing more ("Human Rights Watch", « un
 * porte-parole de la police »). Anything else ("he" unresolved, "They felt that they", "sharply")
 * names no one: the quotation is shown without a speaker.
 */
function speakerOf(attribution: ResolvedAttribution, mentions: Mentions, lang: string): string | undefined {
  const name = fullestName(attribution, mentions, lang);
  // "said Chief Justice John G." ending its sentence: the sentence cut the name at its initial, the rest is in the next.
  return name && /\s\p{Lu}\.?$/u.test(name) && /\s\p{Lu}\.$/u.test(attribution.sentence.trimEnd()) ? undefined : name;
}

/** The name behind an attribution's source, by the fullest form the article gives (`speakerOf`). */
function fullestName(attribution: ResolvedAttribution, mentions: Mentions, lang: string): string | undefined {
  const source = attribution.source.trim();
  if (attribution.resolved) return mentions.person(attribution.resolved)?.name ?? attribution.resolved;
  const person = personOf(source, mentions);
  if (person) return person.name;
  // "the Center for Biological Diversity" read as "Biological Diversity": the end of a longer name is no one's.
  const before = attribution.sentence.slice(0, Math.max(0, attribution.sentence.indexOf(source)));
  if (endsOnComplement(before)) return undefined;
  if (namesASpeaker(source, lang, (word) => mentions.capitalised(word)) && !titleAlone(source)) return source;
  return undefined;
}

/**
 * "The head of the UK's counter terror police, Neil Basu, said", « La procureure de la Cour
 * pénale internationale, Mme Fatou Bensouda, a déclaré »: the person an appositive names, a name
 * and nothing else, right after a source that describes them.
 */
function appositivePerson(attribution: ResolvedAttribution, source: string, mentions: Mentions): Person | undefined {
  const at = attribution.sentence.indexOf(source);
  // A description: opening on a determiner, or ending on a role in lower case ("Daily Xtra's editorial director").
  if (at < 0 || !(opensOnDeterminer(source) || /\s\p{Ll}[\p{Ll}-]*$/u.test(source))) return undefined;
  const apposed = /^[\s'’s]*,\s*([^,;:]+?)\s*(?:,|[.!?]?\s*$)/u.exec(attribution.sentence.slice(at + source.length))?.[1];
  if (!apposed || !apposed.split(/\s+/).every((word) => /^\p{Lu}/u.test(word) || isNameParticle(word) || /^(?:al|el)-/u.test(word)))
    return undefined;
  const named = mentions.named(apposed);
  // "His opponent, Biden, accused": a surname alone, of the one person the article names by it.
  return named.length === 1 ? named[0] : named.length === 0 && /^\p{Lu}\p{Ll}+$/u.test(apposed) ? mentions.person(apposed) : undefined;
}

/** "The Vice President", "Le Ministre": a title standing alone, which names no one by itself. */
const startsDefinite = new RegExp(`^${definiteArticle}\\s`, 'iu');
const titleAlone = (source: string) => startsDefinite.test(source) && isTitle(source.split(/\s+/).at(-1) ?? '');

/**
 * A quotation is the words of the attribution whose sentence holds its opening or its closing
 * mark ("“…,” he said"; "He said: “…”"), or, for one standing alone, of an attribution ending
 * its paragraph just before with a colon.
 */
function attributeQuotations(
  quotations: readonly Quotation[],
  attributions: readonly ResolvedAttribution[],
  blocks: readonly string[],
  mentions: Mentions,
  lang: string,
): AttributedQuotation[] {
  // Attributions by block, in the order found (blocks in order), so that a quotation looks only
  // at its own blocks: a long report holds tens of thousands of each.
  const inBlock = new Map<number, ResolvedAttribution[]>();
  for (const a of attributions) if (a.source) (inBlock.get(a.block) ?? inBlock.set(a.block, []).get(a.block)!).push(a);
  // The one speaker of each paragraph, asked once a paragraph.
  const sole = new Map<number, string | undefined>();
  // The last quotation given a speaker (`Spoken`).
  let spoken: Spoken | undefined;
  const inner = quotedInside(quotations);
  return quotations.map((quotation) => {
    // "“'one in, all in'. I did what any Londoner would do”": words the speaker quotes are not the speaker's own.
    if (inner.has(quotation)) return quotation;
    const parts = quotation.text.split('\n');
    const lastBlock = quotation.block + parts.length - 1;
    const end = (parts.length > 1 ? (blocks[lastBlock] ?? '').indexOf(parts.at(-1)!) : quotation.start) + parts.at(-1)!.length;
    const own = inBlock.get(quotation.block) ?? [];
    const [opening, closing] = [holding(own, quotation.start), lastBlock === quotation.block ? holding(own, end - 1) : -1];
    const block = blocks[quotation.block] ?? '';
    const first = creditedIn(own, opening, closing, block, end);
    const credited =
      own[first] ??
      (lastBlock === quotation.block ? undefined : inBlock.get(lastBlock)?.[holding(inBlock.get(lastBlock)!, end - 1)]) ??
      (quotation.start === 0 ? inBlock.get(quotation.block - 1)?.find((a) => /:\s*$/u.test(a.sentence)) : undefined);
    const speaker = credited && !inOtherClause(credited, quotation, block) ? credited : undefined;
    const statement = !speaker && opensSentence(block, quotation.start) && quoted(quotation.text) >= 5;
    // "The Atlantic claimed that …, Trump … referred to the soldiers as “losers”": where the
    // sentence's source names no one, the clause the quotation stands in may.
    const name = speaker
      ? ((!fragment(block, quotation, speaker) || speaker.resolved || personOf(speaker.source.trim(), mentions)
          ? speakerOf(speaker, mentions, lang)
          : undefined) ??
        clauseSpeaker(block, quotation.start, mentions, false) ??
        inViewOf(block, quotation.start, mentions))
      : statement
        ? (continued(spoken, quotation, block) ??
          (sole.has(quotation.block) ? sole : sole.set(quotation.block, soleSpeaker(own, mentions, lang))).get(quotation.block))
        : !speaker
          ? ((quoted(quotation.text) >= 5 ? resumed(spoken, quotation, block) : undefined) ??
            clauseSpeaker(block, quotation.start, mentions, quoted(quotation.text) >= 5) ??
            inViewOf(block, quotation.start, mentions))
          : undefined;
    if (name && lastBlock === quotation.block)
      spoken = { block: quotation.block, end, name, interrupted: /,\s*[\p{Pf}\p{Pe}"'»]?$/u.test(quotation.text) };
    else if (lastBlock !== quotation.block) spoken = undefined;
    return name ? { ...quotation, attributedTo: name } : quotation;
  });
}

/** The quotations inside another of their paragraph, found by one pass in the order they open. */
function quotedInside(quotations: readonly Quotation[]): Set<Quotation> {
  const inside = new Set<Quotation>();
  const spans = quotations
    .filter(({ text }) => !text.includes('\n'))
    .map((quotation) => ({ quotation, end: quotation.start + quotation.text.length }))
    .sort((a, b) => a.quotation.block - b.quotation.block || a.quotation.start - b.quotation.start || b.end - a.end);
  let reach = { block: -1, end: -1 };
  for (const { quotation, end } of spans) {
    if (reach.block === quotation.block && end <= reach.end) inside.add(quotation);
    else reach = { block: quotation.block, end };
  }
  return inside;
}

/**
 * The sentence a quotation stands in, up to the quotation, read back a few hundred characters at
 * most (a long report quotes thousands of times). A sentence ends where the next opens in
 * capitals, not at "U.S. soldiers", and even without a space (« …mal-formé ».Pour le collectif »).
 */
function sentenceBefore(block: string, start: number): string {
  return block
    .slice(Math.max(0, start - 300), start)
    .split(/(?<!\s\p{Lu})[.!?…]["”»’]?\s*(?=\p{Lu})/u)
    .at(-1)!;
}

/**
 * The person a quotation's own clause gives it to, where no cue does: a statement the clause
 * introduces with a colon ("However, addressing the global leaders, Chakrapani proposed: “…”"),
 * whatever the verb; or words the clause's subject uses of something ("Trump referred to the
 * riots as “domestic terror”", « Hollande a qualifié la réforme d'“erreur” »). The clause must
 * open on a person the article names and a verb, with no subordinate clause between them and the
 * quotation: a subject that is no one named ("The sign read:", "The Biden campaign recycled")
 * makes no speaker.
 */
function clauseSpeaker(block: string, start: number, mentions: Mentions, statement: boolean): string | undefined {
  const sentence = sentenceBefore(block, start);
  const colon = /:\s*$/u.test(sentence);
  if (colon && !statement) return undefined;
  // The clause: from the sentence's start, or its last comma or semicolon (an opening phrase set off), to the quotation.
  const clause = sentence
    .replace(/:\s*$/u, '')
    // "as “losers” and “suckers”": a quotation coordinated with the one before is in the same clause.
    .replace(/["“«]\s*[^"“”«»]{1,80}["”»]\s+(?:and|or|et|ou)\s+$/u, '')
    .split(/[,;]\s*/u)
    .at(-1)!;
  if (/["“”«»„]/u.test(clause)) return undefined;
  const [opening, subject, verb] = /^((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+)+)(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(clause) ?? [];
  // "The Biden campaign recycled": the run of capitals must be the whole subject, a verb right after it.
  if (!subject || opensOnDeterminer(subject) || !verbLike.test(verb!)) return undefined;
  const rest = clause.slice(opening!.length - verb!.length);
  if (!colon && (!characterising.test(rest) || subordinate.test(rest))) return undefined;
  return personOf(subject.trim(), mentions)?.name;
}
/**
 * « Pour Jérémie Zimmermann, « Ce vote est une immense victoire ! » »: the French "in X's view", the
 * first quotation of a sentence opening on it, is X's words, when X is a person the article names
 * or a proper name. (Not a cue: « pour » opens too much else, « pour la dernière période ».)
 */
function inViewOf(block: string, start: number, mentions: Mentions): string | undefined {
  const [, who, rest] = /^(?:(?:Mais|Et|Or)\s+)?[Pp]our\s+([^,«»"“”]{2,80}?),\s*(.*)$/su.exec(sentenceBefore(block, start)) ?? [];
  if (!who || /["“”«»„]/u.test(rest!)) return undefined;
  const person = personOf(who, mentions);
  if (person) return person.name;
  const name = who.replace(/^(?:l['’]|la\s+|le\s+|les\s+)(?=\p{Lu})/u, '');
  return name.split(/\s+/).every((word) => /^\p{Lu}/u.test(word) || isNameParticle(word)) && !isTitle(name) ? who : undefined;
}

/** Verbs of calling something by words, the quoted ones: "referred to … as", "hailed", « a qualifié … de ». */
const characterising =
  /(?:^|\s)(?:referred to|refers to|hailed|hails|dubbed|dubs|branded|brands|labell?ed|labels|termed|terms|called|calls|described|describes|praised|praises|denounced|denounces|condemned|condemns|accused|accuses|critici[sz]ed|critici[sz]es|decried|decries|lauded|lauds|mocked|mocks|qualifié|traité|dénoncé|décrit|salué|fustigé|qualifie|traite|dénonce|décrit|salue|fustige)\s/u;
/** Words opening a clause of someone else's between the subject and the quotation. */
const subordinate = /(?:^|\s)(?:that|who|whom|which|whose|where|when|while|because|if|whether|que|qui|dont|où|quand|lorsque|si)\s/u;
/** A verb in the past or the present's third person ("proposed", "warns"), a common irregular past ("saw", "took"), a French auxiliary (« a estimé »). */
const verbLike =
  /^(?:a|ont|avait|avaient|est|sont|était|fut|\p{Ll}+ed|\p{Ll}+[^s\W]s|saw|took|wrote|gave|made|put|set|said|told|spoke|went|came|began|kept|left|felt|thought|brought|sent|held|got|found|knew|became|won|lost|led|met|ran|read|sought|struck|threw|drew|chose|rose|fell|stood|heard|paid|sold|bought|meant|taught)$/u;

/**
 * Which of a paragraph's attributions (`own`) a quotation is credited by, of those whose sentences
 * hold its opening and its closing mark: one right after the closing mark ("…: “…,” said
 * Tedros") is the news convention's own; else the earlier of the two. -1 when none holds it.
 */
function creditedIn(own: readonly ResolvedAttribution[], opening: number, closing: number, block: string, end: number): number {
  for (let i = closing; i >= 0 && i < own.length && own[i]!.start <= end; i++) if (rightAfter(own[i]!, block, end)) return i;
  return closing < 0 || (opening >= 0 && opening <= closing) ? opening : closing;
}

/**
 * Whether an attribution's source or cue comes right after a quotation's end, the quotation broken
 * off at a comma inside or after its closing mark: "“…,” said X", « … », a-t-il dit. (A quotation
 * ending its sentence is followed by the next sentence's subject, not its speaker.)
 */
function rightAfter(attribution: ResolvedAttribution, block: string, end: number): boolean {
  const at = [placeOf(attribution, attribution.cue), placeOf(attribution, attribution.source)].flatMap((place) => place ?? []);
  const between = at.length > 0 ? block.slice(end, Math.min(...at.map(({ start }) => start))) : '.';
  return /^\s*,?\s*$/u.test(between) && (between.includes(',') || /,\s*\p{Pf}?\s*["”»’]$/u.test(block.slice(Math.max(0, end - 4), end)));
}

/**
 * "X criticized the decision, which Ross has referred to as “a stunt”": a quotation after its
 * sentence's cue, in a clause of someone else's (a relative or subordinate clause opening on a
 * name), is not the words of the sentence's source. (One opening on a pronoun is most often the
 * source's own: "spoke on the show when he made the announcement: “…”".)
 */
/** Where an attribution's cue or source stands in its block; undefined when its sentence does not hold it. */
function placeOf(attribution: Attribution, part: string): { start: number; end: number } | undefined {
  const index = part ? attribution.sentence.indexOf(part) : -1;
  return index < 0 ? undefined : { start: attribution.start + index, end: attribution.start + index + part.length };
}

function inOtherClause(attribution: ResolvedAttribution, quotation: Quotation, block: string): boolean {
  const cueEnd = placeOf(attribution, attribution.cue)?.end ?? attribution.start;
  if (quotation.block !== attribution.block || cueEnd > quotation.start) return false;
  // The clause the quotation is in opens shortly before it: a long report's whole paragraph is not read for each.
  return otherSubject.test(block.slice(Math.max(cueEnd, quotation.start - 300), quotation.start));
}
const otherSubject =
  /(?:,\s*|\s)(?:which|whom|who|whose|where|when|while|after|before|because|although|whereas|qui|dont|lorsque|tandis que|alors que)\s+\p{Lu}\p{L}+\s/u;

/**
 * "“I was not expecting this,” said Kosgei after the race. “But I felt my body was moving.”": a
 * statement quoted in the sentence right after one that gave a quotation its speaker, in the same
 * paragraph, goes on in that speaker's words (the news convention); any other sentence between
 * them, and it does not.
 */
function continued(spoken: Spoken | undefined, quotation: Quotation, block: string): string | undefined {
  if (!spoken || spoken.block !== quotation.block || spoken.end > quotation.start) return undefined;
  const between = block.slice(spoken.end, quotation.start);
  return (between.match(/[.!?…](?=["”»’]?(?:\s|$))/gu) ?? []).length <= 1 ? spoken.name : undefined;
}

/**
 * "“On behalf of the Court,” wrote Chief Justice John G. Roberts, “I am saddened …”": a quotation
 * broken off at a comma and resumed right after the attribution that interrupts it (nothing but
 * the attribution and a comma or colon between the two parts) is the same speaker's, wherever the
 * sentence was cut.
 */
function resumed(spoken: Spoken | undefined, quotation: Quotation, block: string): string | undefined {
  if (!spoken?.interrupted || spoken.block !== quotation.block || spoken.end > quotation.start) return undefined;
  const between = block.slice(spoken.end, quotation.start);
  return between.length <= 120 && /[,:]\s*$/u.test(between) && !/["“”«»„]/u.test(between) ? spoken.name : undefined;
}

/** The last quotation given a speaker: where it ended, who, and whether it broke off at a comma ("“…,” wrote X, “…”"). */
interface Spoken {
  block: number;
  end: number;
  name: string;
  interrupted: boolean;
}

/**
 * The first of a paragraph's attributions (in the order of its sentences) whose sentence holds a
 * place, its edges included; -1 when none does. Found by halving: a long report holds tens of
 * thousands in one paragraph.
 */
function holding(attributions: readonly ResolvedAttribution[], at: number): number {
  let [low, high] = [0, attributions.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (attributions[middle]!.start <= at) low = middle + 1;
    else high = middle;
  }
  let found = -1;
  for (let i = low - 1; i >= 0 && attributions[i]!.start + attributions[i]!.sentence.length >= at; i--) found = i;
  return found;
}

/**
 * A few words quoted inside the report's own sentence ("the man was “Chinese-American.”",
 * "called the plan a “bold step”"): most often the report's scare quote, so credited only to a
 * person the article names, never to a group or a description ("Some celebrities", "the
 * embassy"). A quotation set off by a colon or a comma, opening its sentence, or right after its
 * cue or source ("The mayor said “we will rebuild.”") is a statement.
 */
function fragment(block: string, quotation: Quotation, attribution: ResolvedAttribution): boolean {
  if (quoted(quotation.text) > 3) return false;
  const at = spaceBefore(block, quotation.start);
  if (at === 0 || !/[\p{L}\p{N}]/u.test(block[at - 1]!)) return false;
  return placeOf(attribution, attribution.cue)?.end !== at && placeOf(attribution, attribution.source)?.end !== at;
}

/** How many words a quotation quotes: a scare quote ("peace plan") is a few, a statement more. */
const quoted = (text: string) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
/**
 * Where the white space before a place begins, read back from it, not the whole paragraph up to
 * it: a long report quotes thousands of times.
 */
function spaceBefore(block: string, start: number): number {
  let at = start;
  while (at > 0 && /\s/u.test(block[at - 1]!)) at--;
  return at;
}

/** Whether a quotation opens its sentence: the whole sentence is someone's words, not the report's. */
function opensSentence(block: string, start: number): boolean {
  if (start === 0) return true;
  let at = spaceBefore(block, start);
  if (at === start) return false;
  if (at > 0 && /["”»’]/u.test(block[at - 1]!)) at--;
  return at > 0 && /[.!?…]/u.test(block[at - 1]!);
}

/**
 * The speaker of a statement quoted in a sentence that credits no one ("“We know this is hard.
 * […]”"): the one speaker every attribution of its paragraph names, when they all name the same
 * one. A scare quote in such a sentence is no one's.
 */
function soleSpeaker(attributions: readonly ResolvedAttribution[] | undefined, mentions: Mentions, lang: string): string | undefined {
  const names = new Set((attributions ?? []).map((attribution) => speakerOf(attribution, mentions, lang)));
  const [name] = names;
  return names.size === 1 ? name : undefined;
}

/**
 * Languages that capitalise every noun (German): there a run of capitalised words is no name
 * ("Laut Verwaltung"), so the table of people is not read from capitals; sources show as written.
 */
const capitalisesNouns = new Set(['de', 'lb']);

export function claimsOf(blocks: readonly string[], lang: string): Claims {
  const quotations = findQuotations(blocks);
  const mentions = mentionsOf(capitalisesNouns.has(primaryLanguage(lang)) ? [] : maskQuotations(blocks, quotations));
  const attributions = resolvePronouns(findAttributions(blocks, lang, quotations), lang, mentions, interviewTurns(blocks));
  return { attributions, quotations: attributeQuotations(quotations, attributions, blocks, mentions, lang) };
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
