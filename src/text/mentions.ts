/**
 * The people an article names, each once under the longest form it gives them: "Duda" and
 * "President Duda" are "Andrzej Duda" when the article has written that name and no other Duda;
 * "the Vice President" is "Mike Pence" when he is the one person the article gave that title.
 * Names are read outside quotations (a quoted speaker naming someone names no one in the report).
 * When a short form could be two people, no one is chosen: a wrong name is worse than none. Pure.
 */

import { calendarNames, definiteArticle } from './noun-phrase.ts';

/** A word of a name: capitalised, or a particle inside one ("Bill de Blasio", "Abdel Fattah el-Sisi"). */
const particles = 'de|del|della|van|von|der|den|bin|ibn|da|di|du|le|dos|das';
const nameWord = new RegExp(`^(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|(?:${particles})|(?:al|el)-\\p{Lu}[\\p{L}\\p{M}'’.-]*)$`, 'u');
const particle = new RegExp(`^(?:${particles})$`, 'u');

/** Whether a word is a particle inside a name ("de" of "Bill de Blasio"). */
export const isNameParticle = (word: string) => particle.test(word);

/**
 * Words of a title or office, which stand before a name without being part of it ("Senate
 * Minority Leader Chuck Schumer", « le ministre Laurent Fabius »).
 */
const titleWord =
  /^(?:President|Vice|Prime|Minister|Deputy|Foreign|Interior|Defen[cs]e|Finance|Health|Secretary|General|Attorney|Judge|Justice|Chief|Prosecutor|Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Governor|Gov\.|Lieutenant|Lt\.|Mayor|Speaker|Leader|Majority|Minority|Senate|House|Chairman|Chairwoman|Chair|Chancellor|King|Queen|Prince|Princess|Pope|Cardinal|Bishop|Archbishop|Father|Sister|Reverend|Rev\.|Rabbi|Imam|Sheikh|Commissioner|Director|Executive|Officer|Sergeant|Sgt\.|Captain|Capt\.|Colonel|Col\.|Major|Gen\.|Admiral|Commander|Detective|Inspector|Superintendent|Constable|Chief|Dr\.?|Doctor|Professor|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Sir|Dame|Lord|Lady|Saint|St\.|Former|Incumbent|Candidate|Democratic|Republican|Democrat|Senior|Junior|Président|Présidente|Ministre|Premier|Première|Maire|Juge|Docteur|Monsieur|Madame|Mademoiselle|Mme|M\.|Mgr|Général|Secrétaire|Porte-parole|Sénateur|Sénatrice|Député|Députée|Swami|Pastor|Elder|Ambassador|Ambassadeur|Spokesman|Spokeswoman|Spokesperson|Coach|Emeritus|Whip|Delegate|Sheriff|Deputy|Agent|Officer|Trooper|Councillor|Councilman|Councilwoman|Alderman|Assemblyman|Assemblywoman)$/u;

/** Titles that stand before a surname alone and make it a person's: "President Trump", "Swami Chakrapani". */
const personalTitle =
  /^(?:President|Judge|Justice|Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Governor|Gov\.|Mayor|Sheriff|Chancellor|King|Queen|Prince|Princess|Pope|Cardinal|Bishop|Archbishop|Father|Sister|Reverend|Rev\.|Rabbi|Imam|Sheikh|Swami|Dr\.?|Doctor|Professor|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Sir|Dame|Lord|Lady|Captain|Capt\.|Colonel|Col\.|General|Gen\.|Admiral|Commander|Detective|Inspector|Sergeant|Sgt\.|Coach|Président|Présidente|Juge|Docteur|Monsieur|Madame|Mme|M\.|Mgr|Général|Maire)$/u;

const article = new RegExp(`^${definiteArticle}$`, 'iu');

/** Whether a word is a title or an office's ("President", « Ministre »). */
export const isTitle = (word: string) => titleWord.test(word);

/** Words that open a sentence or a clause in capitals without naming anyone. */
const notName = new RegExp(
  `^(?:The|A|An|This|That|These|Those|It|In|On|At|For|From|With|By|But|And|Or|If|As|After|Before|When|While|Since|During|However|Meanwhile|According|Although|Though|Despite|Under|Over|Also|Both|Many|Some|Several|Other|Most|His|Her|Their|Its|Our|My|He|She|They|We|I|You|Le|La|Les|L['’]\\S*|Un|Une|Des|Du|Ce|Cette|Ces|Il|Elle|Ils|Elles|Selon|Dans|Pour|Par|Sur|Avec|Après|Avant|Lors|Mais|Et|Ou|Si|Quand|Depuis|Son|Sa|Ses|Leur|Leurs|So|Then|Now|Yes|No|Well|Oh|Here|There|Why|What|How|Where|Who|I['’](?:m|ve|d|ll)|${calendarNames})$`,
  'u',
);

/** Words that make a capitalised name an organisation's or a place's rather than a person's. */
const notPerson =
  /\b(?:Ministry|Ministère|Agency|Agence|Office|Department|Council|Conseil|Committee|Commission|Party|Parti|Union|Police|Army|Government|Gouvernement|News|Times|Post|Press|Watch|Organi[sz]ation|Association|Institute|Institut|University|Université|Bank|Banque|Court|Cour|Service|Company|Group|Groupe|Foundation|Fondation|Federation|Fédération|Network|Radio|TV|Television|Télévision|Centre|Center|Board|Authority|Autorité|Coalition|Forces|Front|Movement|Mouvement|House|Assembly|Assemblée|Senate|Sénat|Congress|Parliament|Parlement|Reuters|Associated|Corporation|Inc|Ltd|Airport|Aéroport|Street|Road|Avenue|Bridge|River|Island|Islands|Republic|République|Kingdom|States|City|County|Province|State|Station|School|College|Hospital|Hôpital|Church|Église|Club|League|Cup|Coupe|Championship|Championnat|Tournament|Tournoi|Trophy|Trophée|Olympics|Games|Jeux|Prix|Ligue|Festival|Museum|Musée|Project|Act|Law|Loi|Day|Nations|Emirates|Airlines|Airways|Express|Street|Park|Hall|Square|Tower|Palace|Library|Stadium|Lake|Mountain|Sea|Ocean|Gulf|Bay|North|South|East|West|Nord|Sud|Est|Ouest|New|Saint|San|Santa|Los|Las|Fort|Mount|Port)\b/u;

const words = (text: string) => text.split(/\s+/).filter(Boolean);
/** A word as a name holds it: trailing punctuation and a possessive aside ("Duda's" → "Duda"). */
const bare = (word: string) => {
  const opened = word.replace(/^[("“‘«]+/u, '');
  // An initial keeps its full stop ("John G. Roberts"): the name is shown as the article writes it.
  if (/^\p{Lu}\.[),;:!?"”’»]*$/u.test(opened)) return opened.slice(0, 2);
  return opened.replace(/(?:['’]s)?[),.;:!?"”’»]*$/u, '');
};

/** One person as the article names them. */
export interface Person {
  /** The longest form the article gives (titles aside): "Andrzej Duda". */
  name: string;
  /** The titles the article puts before the name, lower-cased: "president", "vice president". */
  titles: Set<string>;
  /** Where the article names them: block and character offset, in order. */
  at: Array<{ block: number; start: number }>;
}

export interface Mentions {
  people: readonly Person[];
  /** The people named in a phrase ("George Kimbrell of the Center for Food Safety"), in order. */
  named(phrase: string): Person[];
  /** The people last named before a place in the text, nearest first, at most `count`, within `reach` blocks. */
  before(block: number, offset: number, count: number, reach: number): Person[];
  /** Whether the report, outside its quotations, writes this word capitalised ("Party", "Mayor"). */
  capitalised(word: string): boolean;
  /** The person a name or a short form of it ("Duda", "Andrzej Duda") stands for, when only one. */
  person(name: string): Person | undefined;
  /** The one person the article gave this title ("the Vice President", « le ministre »), if only one. */
  titled(phrase: string): Person | undefined;
  /** The name an acronym stands for where the article spells it out ("SDF" → "Syrian Democratic Forces"), if it does. */
  spelledOut(acronym: string): string | undefined;
}

/** Words an acronym skips: "Ministry *of* Foreign Affairs (MFA)", « Organisation mondiale *de la* santé (OMS) ». */
const unspelled = /^(?:of|for|and|on|the|in|de|du|des|la|le|les|l['’]|d['’]|et|pour|sur)$/iu;

/**
 * The names an article spells out before their acronym ("the Kurdish-led Syrian Democratic Forces
 * (SDF)"): the words whose initials the acronym is, the first one capitalised. Once spelled out,
 * the acronym stands for that name, and a source "the SDF" is shown by it.
 */
function acronymsIn(blocks: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of blocks)
    // Found by the bracket, then the words before it read back: a pattern for the words themselves
    // would be tried again at every word of the block.
    for (const { index, 1: acronym } of block.matchAll(/\s\((\p{Lu}[\p{Lu}\p{N}]{1,7})\)/gu)) {
      // « L’Organisation »: the elided article is no initial of the name.
      const list = (/(?:[\p{L}\p{M}'’-]+\s+){0,9}[\p{L}\p{M}'’-]+$/u.exec(block.slice(Math.max(0, index - 160), index))?.[0] ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => word.replace(/^[LlDd]['’](?=\p{Lu})/u, ''));
      let [at, initials] = [list.length, ''];
      while (at > 0 && initials.length < acronym!.length) {
        at--;
        if (!unspelled.test(list[at]!)) initials = list[at]![0]!.toUpperCase() + initials;
      }
      // Two names spelled out for one acronym: it stands for neither.
      if (initials !== acronym || !/^\p{Lu}/u.test(list[at]!)) continue;
      const name = list.slice(at).join(' ');
      out.set(acronym, out.has(acronym) && out.get(acronym) !== name ? '' : name);
    }
  return out;
}

/** Whether a word ends a run of names: a comma, colon or full stop after it ("Smith, Jones"); an initial's full stop does not. */
const endsRun = (word: string) => /[,;:!?)”"»]$/u.test(word) || (/\.$/u.test(word) && !/^(?:\p{Lu}\.|[A-Z][a-z]{0,3}\.)$/u.test(word));
/** Where a run of names may begin: a word opening with a capital (after an opening bracket or mark), or "al-", "el-". */
const runStart = /(?<!\S)[("“‘«]*(?:\p{Lu}|(?:al|el)-\p{Lu})/gu;

/**
 * The names in a text, with the title before each. Only the runs of capitalised words are read,
 * each once, found by one search through the text: most of a report's words name no one.
 */
function namesIn(text: string): Array<{ name: string; title: string; start: number }> {
  const out: Array<{ name: string; title: string; start: number }> = [];
  const word = /\S+/y;
  const space = /\s+/y;
  let consumed = 0;
  for (const opening of text.matchAll(runStart)) {
    if (opening.index < consumed) continue;
    const list: Array<{ word: string; start: number }> = [];
    let at = opening.index;
    for (;;) {
      word.lastIndex = at;
      const token = word.exec(text)?.[0];
      if (!token || !nameWord.test(bare(token)) || (list.length === 0 && particle.test(token))) break;
      list.push({ word: token, start: at });
      at += token.length;
      space.lastIndex = at;
      const gap = space.exec(text)?.[0];
      if (!gap || endsRun(token)) break;
      at += gap.length;
    }
    consumed = Math.max(at, opening.index + 1);
    if (list.length === 0) continue;
    const run = list.map(({ word: token }) => bare(token));
    // The name follows the last title or opening word of the run: "USCG Captain Monica Rochester".
    let first = 0;
    for (let k = 0; k < run.length - 2; k++) if (titleWord.test(run[k]!)) first = k + 1;
    while (first < run.length && (notName.test(run[first]!) || titleWord.test(run[first]!))) first++;
    while (run.length > first && particle.test(run.at(-1)!)) run.pop();
    // "the United States Joe Biden": a body's or a place's name before a person's; the person is the two words or more after it.
    const body = run.findLastIndex((token, k) => k >= first && notPerson.test(token));
    if (body >= first && run.length - body > 2 && !particle.test(run[body + 1]!)) first = body + 1;
    const name = run.slice(first);
    // One word is a name only after a title ("Swami Chakrapani", "President Trump"): alone, it may be anything.
    const titled = first > 0 && personalTitle.test(run[first - 1]!);
    if (!((name.length >= 2 || (name.length === 1 && titled)) && !notPerson.test(name.join(' ')) && !notName.test(name.at(-1)!))) continue;
    const before = text.slice(Math.max(0, opening.index - 80), opening.index);
    // "The Senate Minority Leader, Chuck Schumer, said": a title set off before the name is its title too.
    const apposed = /,\s*$/u.test(before)
      ? /(?:^|\s)((?:the|a|an|another|one|le|la|l['’]|un|une)\s*[^,.;:]{1,60}),\s*$/iu.exec(before)
      : null;
    // Lower-case role words just before the run belong to the title: "Foreign Ministry spokeswoman Maria Zakharova".
    const roles = /(?:^|\s)((?:\p{Ll}[\p{Ll}-]*\s+){1,2})$/u.exec(before)?.[1]?.trim().split(/\s+/) ?? [];
    const title = (apposed?.[1] ?? [...roles, ...run.slice(0, first)].filter((token) => !notName.test(token)).join(' '))
      .trim()
      .toLowerCase();
    out.push({ name: name.join(' '), title, start: list[first]!.start });
  }
  return out;
}

/** The words of a name, as compared: its own words, titles and a determiner aside. */
function nameWords(name: string): string[] {
  const list = words(name).map(bare).filter(Boolean);
  let first = 0;
  while (first < list.length - 1 && (notName.test(list[first]!) || titleWord.test(list[first]!) || /^\p{Ll}/u.test(list[first]!))) first++;
  return list.slice(first);
}

/**
 * Whether `short` is `long` or a shorter form of it: its words in order, its last word the surname
 * ("Duda", "Andrzej Duda"); or, for a name of two surnames, its first name and first surname
 * ("Ana Pastor", "Ana Pastor García").
 */
function formOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= 2 && long.length === short.length + 1 && short.every((word, i) => word === long[i])) return true;
  if (short.length === 0 || short.length > long.length || short.at(-1) !== long.at(-1)) return false;
  let at = 0;
  for (const word of short) {
    at = long.findIndex((other, i) => i >= at && sameWord(word, other));
    if (at < 0) return false;
    at++;
  }
  return true;
}
/** A word of a name as another form writes it: itself, or its initial ("B." of "Barack"). */
const sameWord = (short: string, long: string) =>
  short === long || (/^\p{Lu}\.$/u.test(short) && long.startsWith(short[0]!) && long.length > 2);

/**
 * Whether a text ends where what follows is a complement ("of", "for", "at", "from", « de », « du »,
 * an article allowed after it): a name there ends a longer one ("the Center for Biological
 * Diversity") or names an employer, not the one credited.
 */
export const endsOnComplement = (text: string): boolean =>
  /(?:^|\s)(?:of|for|at|from|de|du|des|d['’])\s*(?:(?:the|la|le)\s+|l['’])?$/iu.test(text);

/**
 * The people of an article, read from its blocks with their quotations masked (`maskQuotations`):
 * a name a speaker says names no one in the report's own voice.
 */
export function mentionsOf(blocks: readonly string[]): Mentions {
  const people: Person[] = [];
  // Every form each person is named by ("Ana Pastor", then "Ana Pastor García"): a surname matches any.
  const forms = new Map<Person, string[][]>();
  const isFormOf = (own: readonly string[], person: Person) => forms.get(person)!.some((form) => formOf(own, form));
  // Where each block names someone in full, so that a surname there is not counted twice.
  const named = new Map<number, Array<[number, number]>>();
  blocks.forEach((block, index) => {
    for (const { name, title, start } of namesIn(block)) {
      const own = words(name);
      (named.get(index) ?? named.set(index, []).get(index)!).push([start, start + name.length]);
      // The same person under a longer or a shorter form: keep the longest.
      const known = people.find((person) => isFormOf(own, person) || formOf(words(person.name), own));
      if (known) {
        const held = words(known.name);
        // Longer, or as long with a word where the other has its initial ("Barack Obama", "B. Obama").
        if (own.length > held.length || (own.length === held.length && formOf(held, own) && !formOf(own, held))) known.name = name;
        if (title) known.titles.add(title);
        known.at.push({ block: index, start });
        forms.get(known)!.push(own);
      } else {
        const person: Person = { name, titles: new Set(title ? [title] : []), at: [{ block: index, start }] };
        people.push(person);
        forms.set(person, [own]);
      }
    }
  });
  const found = new Map<string, Person | undefined>();
  const person = (name: string) => {
    if (found.has(name)) return found.get(name);
    const own = nameWords(name);
    const matches = people.filter((candidate) => isFormOf(own, candidate));
    // A surname alone that several people share ("Biden": Joe, then Hunter) is, in a report, the
    // one it introduced first, whom the later ones are introduced against.
    const who = matches.length === 1 || (own.length === 1 && matches.length > 1) ? matches[0] : undefined;
    found.set(name, who);
    return who;
  };
  const titled = (phrase: string) => {
    const wanted = words(phrase)
      .filter((word) => !notName.test(word) && !article.test(word))
      .join(' ')
      .toLowerCase();
    if (!wanted) return undefined;
    const matches = people.filter(({ titles }) => [...titles].some((title) => title === wanted || title.endsWith(` ${wanted}`)));
    return matches.length === 1 ? matches[0] : undefined;
  };
  const namedIn = (phrase: string) =>
    namesIn(phrase)
      // "Center for Biological Diversity scientist Tierra Curry": a name after "of", "for", "at"
      // that another name follows ends a longer one, or names an employer, not the one credited.
      .filter(({ start }, i, names) => i === names.length - 1 || !endsOnComplement(phrase.slice(0, start)))
      .map(({ name }) => person(name))
      .filter((who): who is Person => who !== undefined);
  // Surnames alone count as mentions too ("Duda said"), each of the person they stand for; and the
  // words the report writes capitalised. Read once, when first asked: only pronouns and "the
  // party" need them.
  let order: Array<{ who: Person; block: number; start: number }> | undefined;
  const capitalisedWords = new Set<string>();
  const scan = () => {
    if (order) return order;
    blocks.forEach((block, index) => {
      // The names in full come in the order of the text, as the words do: one pass over both.
      const spans = named.get(index) ?? [];
      let span = 0;
      for (const match of block.matchAll(/(?<![\p{L}\p{M}'’.-])\p{Lu}[\p{L}\p{M}'’-]+/gu)) {
        const word = match[0].replace(/['’]s?$/u, '');
        capitalisedWords.add(word);
        while (span < spans.length && spans[span]![1] <= match.index) span++;
        // A title's word names no one, unless it is the surname of someone named ("Pastor" of Ana Pastor García) and no name follows it.
        const title = titleWord.test(word) && (!person(word) || /^\s+\p{Lu}/u.test(block.slice(match.index + match[0].length)));
        if (notName.test(word) || title || (spans[span] && spans[span]![0] <= match.index)) continue;
        person(word)?.at.push({ block: index, start: match.index });
      }
    });
    return (order = people
      .flatMap((who) => who.at.map(({ block, start }) => ({ who, block, start })))
      .sort((a, b) => a.block - b.block || a.start - b.start));
  };
  const before = (block: number, offset: number, count: number, reach: number) => {
    const mentions = scan();
    // The first mention at or after the place, found by halving: a long report names people often.
    let [low, high] = [0, mentions.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      const at = mentions[middle]!;
      if (at.block < block || (at.block === block && at.start < offset)) low = middle + 1;
      else high = middle;
    }
    const out: Person[] = [];
    for (let i = low - 1; i >= 0 && out.length < count && block - mentions[i]!.block <= reach; i--) out.push(mentions[i]!.who);
    return out;
  };
  const capitalised = (word: string) => {
    scan();
    return capitalisedWords.has(word);
  };
  let acronyms: Map<string, string> | undefined;
  const spelledOut = (acronym: string) => (acronyms ??= acronymsIn(blocks)).get(acronym) || undefined;
  return { people, person, titled, named: namedIn, before, capitalised, spelledOut };
}
