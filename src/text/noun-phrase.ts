/**
 * Whether a source phrase reads as a noun phrase and nothing more, decided from closed word
 * classes (determiners, prepositions, pronouns, auxiliaries, conjunctions, adverbs), English and
 * French: a source never begins or ends on a preposition, an article, an adverb or a verb, and
 * holds no finite verb ("They felt that they", "President Trump delivered", "Warren commended
 * Biden for his empathy"). What cannot be told apart this way (a bare past participle used as an
 * adjective, "the elected mayor") is refused: a phrase refused names no one, which costs less
 * than a wrong name. Pure.
 */

/** The definite articles, English and French, as a pattern: "the", « le », « la », « les », « l' ». */
export const definiteArticle = "(?:the|le|la|les|l['’])";

/** Words that may open a noun phrase but never end one. */
const determiners = new Set(
  (
    'the a an this that these those his her its their our my your some any many several few each every both all another other no such one ' +
    'le la les l un une des du de d ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes plusieurs certains certaines quelques chaque tout toute tous toutes nombreux nombreuses'
  ).split(' '),
);
/** Words inside a noun phrase ("the mayor of Paris", « le porte-parole de la police ») that never end one. */
const inner = new Set('of for and at in on to from with by de du des la le les l d et à au aux en pour sur par avec'.split(' '));
/** Words that never stand in a source's noun phrase: pronouns, auxiliaries, conjunctions, adverbs, subordinators. */
const never = new Set(
  (
    'he she they it we i you him them us me who whom which what that whose when where while as if because since than but or nor so yet not also ' +
    'is are was were be been being has have had do does did will would can could may might must shall should ' +
    'however meanwhile nevertheless nonetheless moreover furthermore therefore thus then later earlier already still again also ' +
    'very too just only even ever never always often sometimes reportedly allegedly apparently ' +
    'il elle ils elles on nous vous je lui leur y en qui que quoi dont où quand lorsque si mais ou donc car ni ne pas plus ' +
    'est sont était étaient a ont avait avaient sera seront serait fut été être avoir ' +
    'aussi encore déjà ensuite puis alors toutefois cependant pourtant notamment également surtout très bien ainsi enfin se me te ' +
    'latter yesterday today tomorrow tonight hier demain'
  ).split(' '),
);

const words = (phrase: string) =>
  phrase
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=^[ldLD]['’])/u))
    .map((word) => word.replace(/^[("“‘«]+|[),.;:!?"”’»]+$/gu, ''))
    .filter(Boolean);

/** A word as its class is looked up: lower case, an elided article's apostrophe aside (« l' » → "l"). */
const lookup = (word: string) => word.toLowerCase().replace(/['’]$/u, '');

/** Whether a phrase opens on a determiner ("the", "a", « son », « l' »): a description, rather than a name. */
export const opensOnDeterminer = (phrase: string): boolean => determiners.has(lookup(words(phrase)[0] ?? ''));

/** A lower-case word shaped like a verb form or an adverb: "delivered", "announcing", "sharply", « rapidement ». */
const verbOrAdverb = /^\p{Ll}[\p{Ll}-]*(?:ed|ing|ly|ment)$/u;
/** Lower-case nouns that end like verbs or adverbs and stand as sources: "the government", "a spokesperson for the family". */
const nounsLikeVerbs = new Set(
  (
    'government department statement agreement announcement parliament management settlement document movement investment ministry family ' +
    'gouvernement département parlement mouvement ministère building meeting briefing ruling ' +
    'monument sentiment argument commandement établissement enseignement'
  ).split(' '),
);

/** Words for a relation to someone else ("his opponent", « son complice »), which name no one by themselves. */
const possessive = new Set('his her their its our my your son sa ses leur leurs notre nos votre vos mon ma mes'.split(' '));
/**
 * Where words are written rather than who speaks them ("the statement read", « un message disant »):
 * a quotation's speaker is a person or a body, never its document.
 */
const documents = new Set(
  (
    'statement statements report reports message messages letter letters memoir memoirs tweet tweets post posts release communiqué document documents ' +
    'study website site book books article editorial email e-mail note ruling decision filing complaint page account sign signs banner banners placard placards poster posters ' +
    'lettre rapport texte étude livre courriel décision mythologie déclaration pancarte pancartes banderole banderoles affiche affiches'
  ).split(' '),
);

/** Whether a word stands only inside a noun phrase, never at its end: a preposition or a conjunction ("of", « de », "and"). */
export const isInner = (word: string): boolean => inner.has(lookup(word));

/** Whether a noun names where words are written ("statement", « lettre »), not who speaks them. */
export const isDocument = (word: string): boolean => documents.has(lookup(word));

/** "the party", « la commission »: a definite article and a common noun, which may point back to a name. */
const anaphor = new RegExp(`^${definiteArticle}\\s*(\\p{Ll})([\\p{L}\\p{M}-]*)$`, 'iu');

/**
 * Whether a source phrase names who speaks, in an article whose capitalised words
 * `capitalisedIn` knows: a noun phrase, and not a
 * relation to someone else, a document, or a word pointing back to a name the article gives ("the
 * party" where it names the Thai Raksa Chart Party: the speaker is that name, and a reader shown
 * "the party" would not know it). "The mayor" of an article that names no Mayor is the speaker.
 */
export function namesASpeaker(phrase: string, lang: string, capitalisedIn: (word: string) => boolean): boolean {
  const list = words(phrase).map(lookup);
  if (!isNounPhrase(phrase, lang) || possessive.has(list[0] ?? '') || documents.has(list.at(-1) ?? '')) return false;
  const pointing = anaphor.exec(phrase.trim());
  // "The Party", "the Atlantic" may point back as "the party" does; an acronym ("the SDF") is a name of its own.
  return !pointing || acronym(pointing[1]! + pointing[2]!) || !capitalisedIn(`${pointing[1]!.toUpperCase()}${pointing[2]}`);
}

/** An acronym ("US", "AU", "WHO"): never the closed-class word it spells. */
const acronym = (word: string) => /^\p{Lu}[\p{Lu}\p{N}&.-]+$/u.test(word);

export function isNounPhrase(phrase: string, lang = 'en'): boolean {
  // Brackets belong to a phrase only as an abbreviation after a name: "the World Health Organization (WHO)", "(CalFire)".
  if (/[()[\]]/u.test(phrase.replace(/\s\(\p{Lu}[\p{L}\p{N}&.-]+\)$/u, ''))) return false;
  const list = words(phrase);
  // "V" standing alone is an initial, cut from a name.
  if (list.length === 1 && /^\p{L}\.?$/u.test(list[0]!)) return false;
  if (list.length === 0 || list.length > 10 || list.every((word) => /^[\p{N}.,]+$/u.test(word))) return false;
  const closed = (word: string, words: ReadonlySet<string>) => !acronym(word) && words.has(lookup(word));
  const [first, last] = [list[0]!, list.at(-1)!];
  // A phrase opens on a determiner ("A spokesperson"), a capital or a number ("CNN", "24 residents"),
  // or, in English, a noun standing bare ("officials", "analyst Kevin Bonham"); a French noun
  // phrase has its article (« témoins de la scène » is an apposition's, cut from its name).
  const bare = /^\p{Ll}/u.test(first) && !closed(first, determiners);
  if (bare && (!/^en\b/iu.test(lang) || closed(first, inner) || closed(first, never) || verbOrAdverb.test(first))) return false;
  if (closed(last, determiners) || closed(last, inner) || (closed(last, never) && !/^\p{Lu}/u.test(last))) return false;
  return list.every((word, i) => {
    if (closed(word, determiners) && (i === 0 || /^\p{Ll}/u.test(word))) return true;
    // "I've", "they're", « qu'il »: a pronoun or a conjunction joined to the next word.
    if (/^(?:i|you|we|they|he|she|it|qu|j|s|n)['’]\p{L}/iu.test(word) && !/^s['’]$/u.test(word)) return false;
    if (closed(word, never) && !/^\p{Lu}/u.test(word)) return false;
    // A capitalised word of this class opening the phrase is a sentence opener, never a name: "Nevertheless", "He".
    if (closed(word, never) && i === 0) return false;
    if (/^[\p{Lu}\p{N}]/u.test(word) || closed(word, determiners) || closed(word, inner)) return true;
    // "Swiss-based", "long-time": a hyphenated modifier is an adjective, not a verb.
    return !verbOrAdverb.test(word) || word.includes('-') || nounsLikeVerbs.has(lookup(word));
  });
}

/** The days and months, English and French, as a sentence writes them capitalised: no one's name. */
export const calendarNames =
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche';
