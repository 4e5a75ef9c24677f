/**
 * Attributions: the sentences that attribute a claim ("SANA reported …", "… according to Human
 * Rights Watch"), found with the cue (`cues.ts`) and, where it can, the source they name. Pure;
 * sentences come from the platform's `Intl.Segmenter` (`segment.ts`).
 *
 * A cue counts where someone is credited with words: not inside a quotation (the quoted speaker's
 * own "they claimed" credits no one in the article's voice), not as a noun or adjective ("its
 * declared goal", "story-telling"), not in a question, a negation, an infinitive, a modal or a
 * condition ("to declare", "did not announce", "could have said", "if they say"), and not in a
 * passive without its agent ("was said to", "were told"; "was claimed by X" credits X). The
 * rules are measured on hand-labelled articles: `npm run bench:attribution`.
 */
import { cueInfo, findCues, frenchInvertedPronoun, type Cue } from './cues.ts';
import { findQuotations, maskQuotations, type Quotation } from './quotations.ts';
import { sentencesOf } from './segment.ts';
import { primaryLanguage } from './lang.ts';
import { calendarNames, isDocument, isInner, opensOnDeterminer } from './noun-phrase.ts';
import { isNameParticle, isTitle } from './mentions.ts';

export interface Attribution {
  sentence: string;
  /** The reporting cue as written, e.g. "told" or "according to". */
  cue: string;
  /** The source named, best effort ("SANA", "local reports"); a cue with none found is no attribution. */
  source: string;
  block: number;
  /** Where the sentence starts in its block. */
  start: number;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const lastWords = (text: string, n: number) =>
  words(text)
    .slice(-n)
    .map((word) => word.toLowerCase());

// English: what before a cue makes it no credit given.
const determiner =
  /(?:^|\s)(its|the|a|an|his|her|their|our|this|these|those|whose|le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs)\s*$/iu;
// "would tell", "will criticise": speech that recurs or is foretold still credits the speaker.
const modal = new Set([
  'to',
  'can',
  'could',
  'should',
  'might',
  'may',
  'must',
  'shall',
  'cannot',
  "can't",
  'can’t',
  "won't",
  'won’t',
  "wouldn't",
  'wouldn’t',
  "couldn't",
  'couldn’t',
  'of',
  'for',
  'about',
  'without',
]);
const negation = /^(?:not|never|n't|n’t|didn't|didn’t|doesn't|doesn’t|don't|don’t|hasn't|hasn’t|haven't|haven’t|hadn't|hadn’t)$/iu;
const passive = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'re", '’re', 'get', 'gets', 'got', 'getting']);
/** Adverbs that may stand between a source, its auxiliary and its cue: "has also said", « a ensuite précisé ». */
const englishHedges = [
  'also',
  'then',
  'later',
  'earlier',
  'previously',
  'publicly',
  'officially',
  'repeatedly',
  'again',
  'once',
  'already',
  'further',
  'reportedly',
  'recently',
  'quickly',
  'immediately',
  'first',
  'just',
  'really',
  'ever',
  'still',
  'even',
  'separately',
];
const frenchHedges = [
  'ensuite',
  'également',
  'aussi',
  'déjà',
  'alors',
  'encore',
  'notamment',
  'pourtant',
  'enfin',
  'bien',
  'cependant',
  'toutefois',
  'néanmoins',
  'aussitôt',
  'immédiatement',
  'ainsi',
  'publiquement',
  'officiellement',
  'récemment',
  'finalement',
  // « a pour sa part indiqué », « a de son côté dénoncé »: set off between the auxiliary and its participle.
  'pour sa part',
  'pour leur part',
  'de son côté',
  'de leur côté',
  'quant à lui',
  'quant à elle',
];
/** The adverbs, and the French clitics that may stand there too (« lui avait dit »). */
const hedgeWords = [...englishHedges, ...frenchHedges, 'lui', 'leur', 'y'];
const hedges = new Set(hedgeWords);
const condition = /(?:^|[\s,;:])(?:if|unless|whether|had I|si|s['’]il|s['’]ils)\s[^,;:]*$/iu;

/**
 * The French auxiliary before a participle (inverted too: « a-t-il »), and any adverbs between
 * them (« a ensuite »): group 1, from the auxiliary to the participle.
 */
const frenchAuxiliaryAt = new RegExp(
  `(?:^|[\\s'’])((?:a|ont|avait|avaient|aura|auront|aurait|auraient|eut|eurent|avoir|ayant)(?:-t-(?:il|elle|on)|-(?:ils|elles|il|elle))?(?:\\s+(?:${hedgeWords.join('|')}|d['’]abord|par ailleurs))*\\s+)$`,
  'iu',
);

/** The words before the cue with hedging adverbs and clitics ("has also", « a ensuite », « lui ») left out. */
function leadIn(before: string): string[] {
  const out = lastWords(before, 5);
  const kept: string[] = [];
  for (let i = out.length - 1; i >= 0; i--) {
    const word = out[i]!.replace(/[,;:]$/, '');
    // "was initially reported": an adverb in -ly stands there as the hedges do.
    if (kept.length === 0 && (hedges.has(word) || (/^\p{Ll}+ly$/u.test(word) && !lyNouns.has(word)))) continue;
    kept.unshift(word);
  }
  return kept;
}

/** Words in title case, quotation marks aside: "Learning Together", « Le Monde des livres ». */
const isTitleCase = (text: string): boolean => {
  const list = words(text.replace(/^[\s"'“”‘’«»]+|[\s"'“”‘’«».,!?]+$/gu, ''));
  return (
    list.length > 0 &&
    list.length <= 6 &&
    /^\p{Lu}/u.test(list[0]!) &&
    list.every((word) => /^\p{Lu}/u.test(word) || titleSmallWord.test(word))
  );
};
const titleSmallWord = /^(?:of|the|and|a|an|in|on|for|to|at|de|des|du|la|le|les|et)$/u;

/** Verbs that report a clause whose "that" may be left out: "claims he", "states they". */
const reportsClause = /^(?:claims?|states|reports|notes|writes|wrote)$/iu;

/** Why a cue, where it stands in `text` (`masked`: its quotations masked), credits no one; undefined when it does. */
function rejected(masked: string, index: number, cue: string, info: Cue | undefined, text: string): string | undefined {
  const before = masked.slice(0, index);
  const after = masked.slice(index + cue.length);
  if (/[-\u2010\u2011]$/.test(before)) return 'compound';
  // "Witness Omar Said told …": a capital inside the sentence makes the cue a name.
  if (/^\p{Lu}/u.test(cue) && /[\p{L}\p{N},]\s*$/u.test(before)) return 'name';
  // (« a déclaré », « a dit »: after an auxiliary, "a" is the verb avoir, no article.)
  const afterAuxiliary = info?.afterAuxiliary || (info?.alsoParticiple && frenchAuxiliaryAt.test(before));
  if (!afterAuxiliary && determiner.test(before)) return 'noun';
  if (info?.sourceFollows) return undefined;
  const lead = leadIn(before);
  const previous = lead.at(-1) ?? '';
  if (modal.has(previous) || (lead.at(-2) && modal.has(lead.at(-2)!) && /^(?:have|not|be|n't)$/.test(previous))) return 'modal';
  if (negation.test(previous) || (negation.test(lead.at(-2) ?? '') && /^(?:did|does|do|has|have|had|was|were|is|are)$/.test(previous)))
    return 'negation';
  if ((passive.has(previous) || /['’]re$/u.test(previous)) && !/^\s+by\s/iu.test(after)) return 'passive';
  // "with reported magnitude 6.3", "as noted,": a participle after a preposition describes, it credits no one.
  if (/ed$/iu.test(cue) && /^(?:with|of|for|in|on|at|from|about|over|under|into|without|as)$/iu.test(previous) && !/^\s+by\s/iu.test(after))
    return 'participle';
  // "No organization claimed credit": no one said it.
  if (/^(?:no|none|nobody|neither|aucun|aucune|personne)$/iu.test(lead[0] ?? '') && lead.length <= 3) return 'negation';
  // "Between 10 and 50, say, million years": a hedge with no one saying it.
  if (/^say$/iu.test(cue) && /^\s*,/u.test(after) && /,\s*$/u.test(before)) return 'aside';
  // "anyone accused of", "was said to have": a participle describing, not a verb crediting ("said of" is a verb).
  // ("He claimed to have obtained it": a claim is words, whatever follows; "spoke of" is no participle.)
  if (
    /^\s+(?:of|to\s+(?:be|have))\b/iu.test(after) &&
    !/^(?:has|have|had)$/.test(previous) &&
    !/^(?:said|told|claimed)$/i.test(cue) &&
    /(?:ed|en|wn)$/iu.test(cue)
  )
    return 'participle';
  if (condition.test(before)) return 'condition';
  // "a programme called “Learning Together”": a title right after is a name given, no words said
  // (what "the Times called “the steamiest book”" is, is words).
  if (/^(?:called|named|dubbed|titled|entitled)$/iu.test(cue)) {
    const quoted = /^\s*(\uE000+)/u.exec(after);
    const at = index + cue.length + (quoted ? quoted[0].length - quoted[1]!.length : 0);
    if (quoted && isTitleCase(text.slice(at, at + quoted[1]!.length))) return 'naming';
  }
  if (info?.afterAuxiliary && !frenchAuxiliaryAt.test(before)) return 'participle';
  // Words follow within a few words ("ordered last week that", « avait appelé Marine Le Pen « … » »), or precede ("“…”, he continued").
  // Or a clause opens right after it, "that" left out ("claims he would be okay").
  if (
    info?.needsSpeech &&
    !/^\s*[,:]?\s*(?:[^\s\uE000.;]+\s+){0,4}?[,:]?\s*(?:\uE000|that\b|que\b|qu['’])/iu.test(after) &&
    !(reportsClause.test(cue) && /^\s+(?:he|she|they|we|I|it|there)\s+\p{Ll}/u.test(after)) &&
    // Or its clause ends on a colon that opens a quotation ("spoke of the collaboration: “…”").
    !/^[^.;!?\uE000]{0,160}:\s*\uE000/u.test(after) &&
    !/\uE000\s*[,:]?\s*(?:\S+\s+){0,4}$/u.test(before)
  )
    return 'no words';
  return undefined;
}

/** What trails a source before its cue and is not part of it: auxiliaries, modals, negations, adverbs, clitics. */
const fillers = new Set([
  'has',
  'have',
  'had',
  'did',
  'does',
  'do',
  'was',
  'were',
  'is',
  'are',
  'been',
  'having',
  'will',
  'would',
  'could',
  'may',
  'might',
  'not',
  'never',
  'a',
  'ont',
  'avait',
  'avaient',
  'aurait',
  'me',
  'nous',
  'vous',
  'en',
  'se',
  ...hedgeWords,
]);
// Lower case only: "the WHO noted" names the World Health Organization.
const relative = /^(?:which|who|that|whom|qui|que|lequel|laquelle)$/;
/** A relative clause's opening word (not « que », which opens what was said as often). */
const relativeOpener = /^(?:who|which|whose|whom|qui|dont|lequel|laquelle|lesquels|lesquelles)(?![\p{L}])/u;
/** Up to a relative word whose clause the cue is in: "what organizers estimated", "in which he asserted". */
const throughRelative = /^.*?(?:^|\s)(?:[Ww]hat|which|whom|where|ce que|ce qu['’])\s+(?=\S)/u;
const participle = /^\p{Ll}+(ing|ed|ant)\b/u;
const opener =
  /^(?:that|and|but|while|with|however|as|when|where|after|before|because|so|yet|although|though|like|now|then|well|et|mais|tandis que|alors que|car|donc|quand|lorsque|puis|où)\s+/iu;
const conjunction = /^(?:and|but|or|et|mais|ou|puis)$/iu;
const pronoun = /^(?:I|he|she|we|they|you|it|somebody|someone|everyone|nobody|je|il|elle|nous|vous|ils|elles|on|quelqu['’]un)$/iu;
/** A clause that says when, where or how rather than who: "in response", "Yesterday", "requesting anonymity". */
const asideStart =
  /^(?:[Ii]n|[Oo]n|[Aa]t|[Ff]or|[Dd]uring|[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Ii]f|[Aa]lthough|[Tt]hough|[Oo]nce|[Uu]ntil|[Uu]nless|[Qq]uand|[Ll]orsque|[Ff]rom|[Ww]ith|[Bb]y|[Uu]nder|[Oo]ver|[Ss]ince|[Dd]espite|[Àà]|[Aa]u|[Aa]ux|[Dd]ans|[Ee]n|[Pp]our|[Ll]ors|[Dd]epuis|[Aa]près|[Aa]vant|[Dd]evant|[Ss]elon|[Mm]algré|[Aa]vec|[Ss]ans|[Cc]hez|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Hh]owever|[Mm]eanwhile|[Nn]evertheless|[Nn]onetheless|[Ii]nstead|[Aa]dditionally|[Ff]inally|[Aa]lso|[Ff]urthermore|[Mm]oreover|[Hh]ier|[Aa]ujourd['’]hui|[Dd]emain|[Aa]insi|[Cc]ependant)(?![\p{L}\p{N}])/u;
const nounOpeners =
  "the|a|an|its|his|her|their|this|these|those|another|some|many|several|various|other|both|le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs|ce|cette|ces|plusieurs";
const nounStart = new RegExp(`^(?:${nounOpeners})$`, 'iu');
const capitalised = /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&\u2013-]*$/u;
/** Words that end a sentence's subject: auxiliaries and common finite verbs. */
const finite =
  /^(?:is|are|was|were|has|have|had|did|does|do|will|would|could|can|may|might|must|should|est|sont|était|étaient|fut|furent|a|ont|avait|avaient|sera|serait|va|vont)$/iu;
/** Where a named source ends and the circumstances begin: "Elizabeth Warren on Twitter", "officials on Saturday". */
const circumstance =
  /\s+(?:on|in|at|via|during|late|early|this|last|earlier|le|lors|dans)\s+(?:Twitter|Facebook|X|Instagram|social media|television|radio|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|a statement|a press conference|an interview|the (?:morning|afternoon|evening)|(?:this|last) week)\b.*$/iu;

/** Clauses at commas (not a decimal comma), semicolons, colons, em dashes, spaced dashes, guillemets and quotations. */
function clauses(text: string): string[] {
  return text
    .replace(/\uE000+/g, ',')
    .split(/(?<!\d),|,(?!\d)|[;:\u2014«»]|\s[-\u2013]\s/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Nouns that end like an adverb ("the Smith family said"), which a source may end on. */
const lyNouns = new Set(['family', 'ally', 'rally', 'assembly', 'supply', 'monopoly', 'bully', 'belly', 'lily', 'jelly', 'anomaly', 'fly']);

function trimFillers(phrase: string): string {
  const list = words(phrase);
  // "Trump formally claimed": an adverb before the verb is the verb's.
  const adverb = (word: string) => /^\p{Ll}+ly$/u.test(word) && !lyNouns.has(word);
  // "the latter yesterday confirming": when, in lower case ("USA Today" names a paper).
  const when = (word: string) => /^(?:yesterday|today|tonight|tomorrow)$/u.test(word);
  // (A lone adverb too: "Kerri Kupec, spokeswoman for the department, sharply criticized".)
  while (
    list.length > 0 &&
    (fillers.has((list.at(-1) ?? '').toLowerCase()) || adverb(list.at(-1)!) || (list.length > 1 && when(list.at(-1)!)))
  )
    list.pop();
  return list.join(' ');
}

/**
 * An interview's turn marker as Wikinews writes it, opening a block: its speaker in double
 * parentheses ("((Zara Kay))  I was born …"; "((WN))", the interviewer). Group 1: the speaker.
 */
export const turnMarker = /^\(\(([^()]*)\)\)\s*/u;

/** When, opening a clause before its subject: "A few days later the administration said". */
const timeLater = /^(?:a\s+few|a|one|two|three|several|many|some|\d+)\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\s+later\s+(?=\S)/iu;
/** A hedging adverb opening a clause before its subject, one word: « déjà l'organisation », "already the ministry". */
const leadingHedge = new RegExp(`^(?:${hedgeWords.filter((word) => !/\s/u.test(word) && word.length > 2).join('|')})\\s+(?=\\S)`, 'iu');

function stripOpeners(phrase: string): string {
  // "((WN)) You suggest": an interview's turn marker opens the block, not the source.
  let out = phrase.replace(turnMarker, '');
  // "But already the organisation noted", « Mais déjà l'organisation notait »: the adverb is the
  // verb's; so is when ("A few days later the administration said").
  for (let previous = ''; previous !== out;)
    [previous, out] = [out, out.replace(opener, '').replace(leadingHedge, '').replace(timeLater, '')];
  return out;
}

const isAside = (clause: string) =>
  asideStart.test(clause) || participle.test(clause) || (words(clause).length === 1 && /ly$/i.test(clause));

/** A lower-case word that may name a role before a name ("tour manager", "governor"): no verb, preposition, conjunction or adverb. */
const roleWord = (word: string) =>
  /^\p{Ll}[\p{Ll}-]*$/u.test(word) &&
  !finite.test(word) &&
  !nounStart.test(word) &&
  !relative.test(word) &&
  !/^(?:of|for|at|from|in|on|by|with|to|after|before|as|than|and|or|but|about|into|over|under|like|such|via|per|de|du|des|à|au|aux|en|dans|par|pour|sur|avec|comme|tout|et|ou|mais)$/u.test(
    word,
  ) &&
  !/(?:ed|ing|ly|ant)$/u.test(word) &&
  !hedges.has(word);

/** A French article elided into its noun: « l'organisation », « l'UNESCO ». */
const elided = /^[lL]['’]\p{L}/u;

/** A determiner, a noun (a word or two) and its complement: "the head of", « la procureure de ». */
const nounOfComplement = new RegExp(
  String.raw`^(?:${nounOpeners})\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,1}\p{Ll}[\p{L}'’-]*\s+(?:of|de|du|des|d['’])`,
  'iu',
);

/**
 * The noun phrase a clause ends with: from its last determiner ("… the response of the Syrian
 * Ministry of Foreign Affairs" → "the Syrian Ministry of Foreign Affairs") or, without one, its
 * closing run of capitalised words ("The move came after William Conley" → "William Conley").
 */
function trailingNounPhrase(clause: string): string {
  const list = words(clause);
  // "The head of the UK's counter terror police", « La procureure de la Cour pénale internationale »:
  // a clause that is a noun and its complement is the whole noun phrase.
  if (nounOfComplement.test(clause) && !list.some((word) => finite.test(word) || relative.test(word))) return list.join(' ');
  for (let i = list.length - 2; i >= 0; i--) {
    if (nounStart.test(list[i]!) && capitalised.test(list[i + 1]!)) return list.slice(i).join(' ');
  }
  let first = list.length;
  // A name's particle between its capitalised words is the name's: "Mayor de Blasio", "Ludwig van Beethoven".
  const inName = (i: number) =>
    capitalised.test(list[i]!) || (isNameParticle(list[i]!) && i > 0 && capitalised.test(list[i - 1]!) && i + 1 < list.length);
  while (first > 0 && inName(first - 1)) first--;
  if (first < list.length) {
    // "Another was tour manager Thomas Gray", "Wisconsin governor Tony Evers": the words of a
    // role before the name are the noun phrase's, back to a verb, a preposition or a determiner.
    let role = first;
    while (role > 0 && role > first - 3 && roleWord(list[role - 1]!)) role--;
    if (role < first) while (role > 0 && (capitalised.test(list[role - 1]!) || nounStart.test(list[role - 1]!))) role--;
    return list.slice(role < first ? role : first).join(' ');
  }
  // « des représailles de l'organisation islamique »: the article elided into its noun opens it too.
  for (let i = list.length - 1; i >= 0; i--)
    if ((i < list.length - 1 && nounStart.test(list[i]!)) || elided.test(list[i]!)) return list.slice(i).join(' ');
  return clause;
}

/** The subject a clause opens with: its words up to the first auxiliary or finite verb ("Other Republicans have broken …"). */
function subjectOf(clause: string, pastTense = false): string {
  const list = words(stripOpeners(clause));
  // "They felt that they learned …": a pronoun opening the clause is its subject whatever verb follows.
  if (list.length > 1 && pronoun.test(list[0]!)) return list[0]!;
  const end = list.findIndex((word, i) => i > 0 && (finite.test(word) || (pastTense && /^\p{Ll}+ed$/u.test(word))));
  const subject = end > 0 ? list.slice(0, end) : list;
  // "Part of the court order that was not overturned declared": the relative word is not the subject's.
  while (subject.length > 1 && relative.test(subject.at(-1)!)) subject.pop();
  return subject.join(' ');
}

/** A clause that only renames the name before it: "a United States District judge", "Nicole Towarek", « ex-députée UMP ». */
function isAppositive(clause: string, previous: string): boolean {
  const list = words(clause);
  if (list.length === 0) return false;
  if (nounStart.test(list[0]!) || list.every((word) => capitalised.test(word) || /^(?:of|de|du|des|and|et)$/i.test(word))) return true;
  return /^\p{Ll}/u.test(list[0]!) && /\p{Lu}[\p{L}-]*$/u.test(previous);
}

/** Days and months: capitalised, no one's name. */
const calendarWord = new RegExp(`^(?:${calendarNames})$`, 'u');

/** "of CNN", "from Toronto", "at Harvard": where a person named just before is from, set off by commas. */
const placeApposition = /^(?:of|from|at)\s+\p{Lu}/u;

/**
 * Whether a clause only renames the one before it, in a row of them after a name: an appositive, an
 * age ("Thomas Gray, 24,"), where the person is from ("Anderson Cooper, of CNN,"), and the rest of
 * that place ("from Toronto, Canada,").
 */
function renames(clause: string, previous: string): boolean {
  if (/^\d{1,3}$/u.test(clause) || placeApposition.test(clause)) return true;
  if (placeApposition.test(previous)) return words(clause).every((word) => capitalised.test(word));
  // Only after a name: "This past Friday, the princess" names the princess, not the day.
  const last = words(previous).at(-1) ?? '';
  return isAppositive(clause, previous) && !isAside(previous) && /^\p{Lu}/u.test(last) && !calendarWord.test(last);
}

/** The clause a row of renaming clauses ending at `k` renames: "Charles Federic Plotena, the mayor of Esperanza, Sultan Kudarat". */
function appositionHead(parts: readonly string[], k: number): number {
  let head = k;
  while (head > 0 && renames(parts[head]!, parts[head - 1]!)) head--;
  return head;
}

/** A clause that is a name and nothing else ("Jean-Luc Mélenchon"): two capitalised words or more. */
const isName = (clause: string) =>
  !asideStart.test(clause) && words(clause).length >= 2 && words(clause).every((word) => capitalised.test(word));

/** « Barroso, le président de la Commission se dit »: one capitalised word, a surname, before its appositive. */
const isSurname = (clause: string) =>
  /^\p{Lu}\p{Ll}+$/u.test(clause) &&
  !asideStart.test(clause) &&
  !calendarWord.test(clause) &&
  !fillers.has(clause.toLowerCase()) &&
  !/(?:ment|ly)$/u.test(clause);
/** « le président de la Commission », "the head of": a determiner and an office, which a surname before it holds. */
const namesOffice = (clause: string) => {
  const [first, office] = words(clause);
  return nounStart.test(first ?? '') && isTitle((office ?? '').replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()));
};

/** The named source of an "X said" clause: the nearest clause before the cue that names someone. */
function sourceBefore(before: string, gerund: boolean, lang: string): string {
  const parts = clauses(before);
  const afterComma = /,\s*$/.test(before);
  // "Ghebreyesus expressed a similar view, saying …": the one saying is the sentence's subject.
  if (gerund && afterComma) {
    const main = parts.find((part) => !isAside(part));
    return main ? subjectOf(main, true) : '';
  }
  let i = parts.length - 1;
  // Asides stand between the source and its cue only when set off by commas: "X, in response, said".
  if (afterComma) while (i > 0 && isAside(parts[i]!)) i--;
  const clause = parts[i] ?? '';
  // "The minister, who was elected in 2010, said": a relative clause set off by commas tells of the source, it is not it.
  if (afterComma && i > 0 && relativeOpener.test(clause))
    return trailingNounPhrase(stripOpeners(trimFillers(parts[appositionHead(parts, i - 1)]!)));
  // "what organizers estimated", "in which he asserted".
  const inRelative = throughRelative.test(clause) && stripOpeners(trimFillers(clause.replace(throughRelative, '')));
  if (inRelative) return inRelative;
  // « il l'avait appelé », « elle s'est dite »: an object or reflexive pronoun joined to the auxiliary is the verb's.
  let candidate = stripOpeners(
    trimFillers(clause).replace(/(?:^|\s)[lmts]['’](?:a|ai|as|ont|avait|avaient|aurait|est|était|étaient)$/iu, ''),
  );
  // « Nadine Morano, ex-députée UMP, l'avait appelé »: nothing but the verb's own words stood in
  // the clause; "Bruce McArthur, from Toronto, Canada, on Tuesday admitted": only when; « L'opposition,
  // avec Alfredo Pérez Rubalcaba demanda »: a source never opens on a preposition.
  if (
    (!candidate || !` ${candidate}`.replace(circumstance, '') || (asideStart.test(candidate) && !placeApposition.test(candidate))) &&
    i > 0
  )
    return sourceBefore(`${parts.slice(0, i).join(', ')}, `, false, lang);
  // "Scott Srebnick, a member of the team, announced": the appositive names no one new; nor do
  // several in a row ("Anderson Cooper, of CNN, one of Vanderbilt's four sons, stated").
  if (
    i > 0 &&
    (isAppositive(candidate, parts[i - 1]!) ||
      (afterComma && isName(parts[i - 1]!)) ||
      // « De nombreux habitants, témoins de la scène, ont déclaré », "The residents, furious, said": a
      // bare description or adjective set off after a subject opening on its determiner is that subject's.
      (afterComma && /^\p{Ll}/u.test(candidate) && !nounStart.test(words(candidate)[0]!) && opensOnDeterminer(parts[i - 1]!)) ||
      (afterComma && renames(candidate, parts[i - 1]!))) &&
    (afterComma || isName(parts[i - 1]!) || (namesOffice(candidate) && isSurname(parts[i - 1]!))) &&
    (!isAside(parts[i - 1]!) || placeApposition.test(parts[i - 1]!))
  ) {
    return trailingNounPhrase(stripOpeners(trimFillers(parts[appositionHead(parts, i - 1)]!)));
  }
  const list = words(candidate);
  const last = list.at(-1) ?? '';
  // "… did not concede, however, and vowed": the verbs share the clause's subject.
  if (conjunction.test(last) || (conjunction.test(clause.trim()) && i > 0)) {
    const whole =
      list.length > 1
        ? list.slice(0, -1).join(' ')
        : (parts
            .slice(0, i)
            .reverse()
            .find((part) => !isAside(part) && !conjunction.test(part)) ?? '');
    // « Pastor leur répondit et nia »: up to the first verb of saying, if one is there.
    const [verb] = findCues(whole, lang);
    return subjectOf(verb && verb.index > 0 ? trimFillers(whole.slice(0, verb.index)) : whole, true);
  }
  // "the Ministry, which has stated": the source is what "which" stands for.
  if (relative.test(last))
    return trailingNounPhrase(
      list.length > 1 ? list.slice(0, -1).join(' ') : trimFillers(i > 0 ? parts[appositionHead(parts, i - 1)]! : ''),
    );
  // "I started crying and I said"; "The airport was evacuated and local police warned": a clause
  // of its own after "and", the one before it having its verb.
  const coordinated = list.findLastIndex((word) => conjunction.test(word));
  const own = list.slice(coordinated + 1);
  // (A verb in the past after the first clause's subject makes it whole too: "Trump attacked Drudge … and his campaign called for".)
  const whole = (word: string, k: number) => finite.test(word) || (lang === 'en' && k > 0 && /^\p{Ll}+ed$/u.test(word));
  if (
    coordinated >= 0 &&
    (own.every((word) => pronoun.test(word)) ||
      (own.length > 0 && !own.some((word) => finite.test(word)) && list.slice(0, coordinated).some(whole)))
  )
    candidate = own.join(' ');
  // (English "a" is an article, not French « a ».)
  if (list.some((word) => finite.test(word) && (lang === 'fr' || word !== 'a')) && !pronoun.test(candidate)) return subjectOf(candidate);
  // "experts signed an open letter urging …": the letter urges; "Trump delivered a speech
  // declaring …", "the task force released a statement saying …" by its subject when the words
  // before are a verb and its object, and that object is no document.
  if (gerund && list.length > 3) {
    const object = /\s((?:a|an|the|its|his|her|their)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)$/u.exec(candidate);
    if (object && isDocument(words(object[1]!).at(-1)!)) return object[1]!;
  }
  // "Trump made a confusing statement about … Proud Boys, when asked": a word in lower case
  // before a determiner, not a preposition, is a verb taking its object; the source is its subject.
  if (lang === 'en') {
    const own = words(candidate);
    const verb = own.findIndex(
      (word, k) => k > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !isInner(word) && !nounStart.test(word) && nounStart.test(own[k + 1] ?? ''),
    );
    if (verb > 0) return trimFillers(own.slice(0, verb).join(' '));
  }
  if (gerund && list.length > 3) return trailingNounPhrase(candidate);
  return candidate;
}

/** The named source of "according to X": up to the next clause boundary, circumstances left out. */
function sourceAfter(after: string, lang: string): string {
  const phrase = (clauses(after)[0] ?? '')
    // The full stop of an initial ("Chief Justice John G.") is the name's.
    .replace(/(?<!(?:^|\s)\p{Lu})[.!?\u201D"'\u2019]+$|(?<=(?:^|\s)\p{Lu}\.)[!?\u201D"'\u2019]+$/u, '')
    .replace(circumstance, '')
    .trim();
  // "said Kosgei after the race", "tweeted Mayor Sadiq Khan (no relation)": when, and an aside, are not who.
  if (lang === 'en')
    return phrase.replace(/\s+(?:after|before|following|during)\s.*$|(?<!\bas well)\s+as\s(?!well as\b).*$|\s*\([^()]*\)$/u, '');
  if (lang === 'de') return germanNounPhrase(phrase);
  if (lang === 'ar') return phrase.replace(arabicThat, '').trim();
  return lang === 'fr' ? phrase.replace(frenchAdverbs, '').replace(frenchToWhom, '').replace(frenchToWhomAfter, '') : phrase;
}

/**
 * To whom it was said, before or after the inverted subject: « a expliqué à l'AFP Gilles-Éric
 * Séralini », « a révélé son avocate à l'AFP », « a déclaré au Monde le ministre ».
 */
const toWhom = String.raw`(?:(?:à|au|aux|auprès\s+d(?:e|u|es))\s+(?:(?:la|le|les)\s+)?|(?:à\s+l|auprès\s+d)['’])\S+`;
const frenchToWhom = new RegExp(String.raw`^${toWhom}\s+(?=\p{Lu}|(?:le|la|les|un|une|son|sa|ses|leur|leurs)\s|l['’])`, 'iu');
const frenchToWhomAfter = new RegExp(String.raw`\s+${toWhom}$`, 'iu');

/** Adverbs between an inverted French verb and its subject: « …, répondit alors son complice », « conclut tout simplement Joji Otaki ». */
const frenchAdverbs = new RegExp(`^(?:(?:${[...frenchHedges, 'tout simplement', 'simplement', 'plus tard'].join('|')})\\s+)+`, 'iu');

/** German articles and pronouns of a noun phrase, which German writes in lower case where its nouns are capitalised. */
const germanDeterminer =
  /^(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|sein|seine|seiner|seines|ihr|ihre|ihrer|ihres|unser|unsere|dieser|diese|dieses|von|vom)$/u;

/**
 * The noun phrase a German clause opens with: "Verwaltung soll der Bau … beginnen" → "Verwaltung",
 * "die Stadtverwaltung mit" → "die Stadtverwaltung", "Angaben der Polizei" kept whole. German
 * capitalises its nouns: the phrase ends at the first word after a noun that is neither an article
 * nor a noun (a verb, the particle of "teilte … mit").
 */
function germanNounPhrase(phrase: string): string {
  const list = words(phrase);
  let end = 0;
  for (let i = 0; i < list.length; i++) {
    if (capitalised.test(list[i]!)) end = i + 1;
    else if (!germanDeterminer.test(list[i]!) && !/^\p{Ll}+(?:e|en|er|es|em)$/u.test(list[i]!)) break;
    else if (end > 0 && !germanDeterminer.test(list[i]!)) break;
  }
  return list.slice(0, end).join(' ');
}

/** Arabic's "that" (إن, أن, with a pronoun joined or not), which opens what was said: the source stands before it. */
const arabicThat = /\s(?:إن|أن|إنه|أنه|إنها|أنها|إنهم|أنهم)(?:\s.*)?$/u;

/**
 * Languages whose verb comes before its subject: German after a reported clause (verb second: "…,
 * teilte die Stadtverwaltung mit"), Arabic as a rule (verb first: "وقال مدير المكتبة إن …", "and
 * the library's director said that …"). There the source is what follows the cue.
 */
function subjectFollows(before: string, after: string, cue: string, lang: string): boolean {
  const opensClause = !before.trim() || /[,:\uE000\u201C\u201D\u201E"»«]\s*$/u.test(before);
  if (lang === 'de') return opensClause;
  // French inverts after what was said: « … », répondit son complice; « … » dénonce le Président-candidat.
  if (lang === 'fr') return /[\uE000»”"]\s*,?\s*$/u.test(before) || frenchIncise(before, after, cue);
  return lang === 'ar' && (opensClause || cue.startsWith('و') || /(?:^|[.،,]\s*)$/u.test(before));
}

/**
 * French finite verbs, which make a clause whole (« … sont mortes …, a indiqué la police »): those
 * `finite` lists, a few more common ones, and the endings of the future and the imperfect
 * (« restera », « fermait »).
 */
const frenchFinite = (word: string) =>
  finite.test(word) ||
  /^(?:seront|seraient|aura|auront|aurait|auraient|allait|doit|doivent|devait|peut|peuvent|pouvait|semble|reste|restent|\p{Ll}+(?:era|eront|ira|iront|ait|aient))$/u.test(
    word,
  );

/**
 * « Trois jeunes femmes sont mortes …, a indiqué la police. »: a cue set off by a comma after a
 * whole clause (one with its verb, not a relative clause's: « Le ministre, qui a été élu, dénonce
 * … » is no incise), with no words of its own after it (no « que », no colon, no quotation before
 * the next comma), is an incise: its subject follows it, up to that comma. Not a participle in -ant
 * (« …, dénonçant la réforme »), whose subject is the sentence's.
 */
function frenchIncise(before: string, after: string, cue: string): boolean {
  const lead = before.replace(frenchAuxiliaryAt, ' ');
  // What follows the verb up to the next comma: its subject, or its own words.
  const next = after.split(/[,;]/u)[0] ?? '';
  if (/ant$/iu.test(cue) || !/,\s*$/u.test(lead) || !next.trim() || /(?:^|\s)(?:que|qu['’])|[:\uE000«»]/iu.test(next)) return false;
  return clauses(lead).some(
    (clause) => !/^(?:qui|que|qu['’]|dont|où|lequel|laquelle)(?![\p{L}])/iu.test(clause) && words(clause).slice(1).some(frenchFinite),
  );
}

/** « …, explique-t-il »: the subject pronoun joined to the verb, after it, or ending what stands before the cue (« a-t-il ajouté »). */
const invertedPronoun = new RegExp(`^${frenchInvertedPronoun}\\b`, 'iu');
const invertedPronounBefore = new RegExp(`${frenchInvertedPronoun}\\s*$`, 'iu');

function sourceOf(masked: string, index: number, cue: string, info: Cue | undefined, lang: string): string {
  const before = masked.slice(0, index);
  const after = masked.slice(index + cue.length);
  if (info?.sourceFollows) return sourceAfter(after, lang);
  const inverted = invertedPronoun.exec(after) ?? invertedPronounBefore.exec(before.trimEnd());
  if (inverted) return inverted[1]!;
  if (subjectFollows(before, after, cue, lang)) return sourceAfter(after, lang);
  const agent = /^\s+by\s/iu.exec(after);
  if (agent) return sourceAfter(after.slice(agent[0].length), lang);
  const gerund = /(?:ing|ant)$/iu.test(cue);
  // « Estimant que « … », il vota contre »: the subject follows the participle's clause.
  if (gerund && !before.trim()) {
    // "Commenting on the radio communications, Captain Rochester said": past what it is about.
    // The participle's own words run to the first comma ("Citing concerns the placement would upset the Court,").
    const parts = clauses(after);
    const main = (/,/u.test(after) ? parts.slice(1) : parts).find((part) => !/^(?:que|qu['’]|that)\b/iu.test(part) && !isAside(part)) ?? '';
    const first = words(main)[0] ?? '';
    // "…, Captain Rochester said the night was calm": the subject ends where the clause's own cue is.
    const [verb] = findCues(main, lang);
    return pronoun.test(first) ? first : subjectOf(verb && verb.index > 0 ? main.slice(0, verb.index) : main, true);
  }
  // "The mayor's office on Monday denied": the day is when, not who.
  return sourceBefore(before, gerund, lang).replace(circumstance, '') || sourceAfter(after, lang);
}

/** A French incise inside a quotation, its verb joined to its subject: « Moi, dit-il, j'ai l'impression … ». */
const incise = new RegExp(`,\\s*\\p{L}+${frenchInvertedPronoun}\\s*,`, 'gu');

/** A block with its quotations masked, a French incise inside one shown again: it tells who speaks. */
function withIncises(masked: string, block: string, lang: string): string {
  if (primaryLanguage(lang) !== 'fr' || !block.includes('-')) return masked;
  // Pieced together in one pass: splicing each incise into the whole block is quadratic in a long one.
  const parts: string[] = [];
  let from = 0;
  for (const { index, 0: text } of block.matchAll(incise)) {
    parts.push(masked.slice(from, index), text);
    from = index + text.length;
  }
  parts.push(masked.slice(from));
  return parts.join('');
}

/** How far either side of a cue its sentence is read, in characters. */
const CUE_WINDOW = 1000;

/** `quotations`: the blocks' own (`findQuotations`), when the caller has them already. */
export function findAttributions(blocks: readonly string[], lang: string, quotations?: readonly Quotation[]): Attribution[] {
  const found: Attribution[] = [];
  const masks = maskQuotations(blocks, quotations ?? findQuotations(blocks));
  blocks.forEach((block, blockIndex) => {
    const maskedBlock = withIncises(masks[blockIndex] ?? block, block, lang);
    // A block's cues are its sentences' cues: only a block with one is cut into sentences, only
    // as far as its last, and only a sentence holding one is read.
    const cues = findCues(maskedBlock, lang);
    const last = cues.at(-1);
    if (!last) return;
    let from = 0;
    // Cues come in the order of the text, as sentences do: one pass over both, however long the block.
    let next = 0;
    for (const sentence of sentencesOf(block, lang, last.index + last.cue.length)) {
      const start = block.indexOf(sentence, from);
      const end = start + sentence.length;
      from = end;
      while (next < cues.length && cues[next]!.index + cues[next]!.cue.length <= start) next++;
      let stop = next;
      while (stop < cues.length && cues[stop]!.index < end) stop++;
      const near = cues.slice(next, stop);
      // A phrase running over a sentence's edge (across a paragraph separator) hides the words
      // after it from the block's reading: such a sentence is read on its own.
      const across = near.some(({ index, cue }) => (index < start && index + cue.length > start) || index + cue.length > end);
      const own = across ? undefined : near.filter(({ index }) => index >= start);
      if (own?.length === 0) continue;
      const masked = maskedBlock.slice(start, end);
      // A question asks what someone said; it credits no one with saying it.
      // (A question mark inside a quotation is masked: "He asked, “Why?”" is no question.)
      if (/\?[\s)\]]*$/u.test(masked)) continue;
      for (const cue of own?.map(({ index, cue }) => ({ index: index - start, cue })) ?? findCues(masked, lang)) {
        // Each cue is read within a window of its sentence: every rule looks a clause or so either
        // side, and a sentence of a megabyte with thousands of cues would otherwise be read whole
        // for each of them.
        const from = Math.max(0, cue.index - CUE_WINDOW);
        const near = masked.slice(from, cue.index + cue.cue.length + CUE_WINDOW);
        const match = { index: cue.index - from, cue: cue.cue };
        const info = cueInfo(match.cue, lang);
        if (rejected(near, match.index, match.cue, info, sentence.slice(from, from + near.length))) continue;
        // « a ensuite précisé »: the cue as written takes its auxiliary along.
        const auxiliary = info?.afterAuxiliary || info?.alsoParticiple ? frenchAuxiliaryAt.exec(near.slice(0, match.index)) : null;
        const at = auxiliary ? auxiliary.index + auxiliary[0].length - auxiliary[1]!.length : match.index;
        // What stands between the auxiliary and its participle (« a de son côté dénoncé ») is the verb's, not its source's.
        const verb = auxiliary ? at + /^\S+/u.exec(auxiliary[1]!)![0].length : match.index;
        const reading = verb < match.index ? near.slice(0, verb) + ' '.repeat(match.index - verb) + near.slice(match.index) : near;
        const source = sourceOf(reading, match.index, match.cue, info, primaryLanguage(lang));
        // A cue with no one before or after it ("Quoted.") credits no one.
        if (!source) continue;
        found.push({ sentence, cue: sentence.slice(from + at, cue.index + cue.cue.length), source, block: blockIndex, start });
        break;
      }
    }
  });
  return found;
}
