/**
 * The cues that attribute a claim to someone: reporting verbs in every tense, and phrases such
 * as "according to". The one list the verifier uses; tests/unit/cues.test.ts covers it.
 */

/** English reporting verbs, with their irregular forms where they have them. */
const englishVerbs: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  report: [],
  claim: [],
  state: [],
  add: [],
  announce: [],
  confirm: [],
  deny: ['deny', 'denies', 'denied', 'denying'],
  accuse: [],
  cite: [],
  warn: [],
  slam: ['slam', 'slams', 'slammed', 'slamming'],
  insist: [],
  allege: [],
  assert: [],
  declare: [],
  explain: [],
  note: [],
  argue: [],
  acknowledge: [],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  quote: [],
  condemn: [],
  criticize: [],
  criticise: [],
  reveal: [],
  suggest: [],
  urge: [],
  predict: [],
  estimate: [],
  remark: [],
  reply: ['reply', 'replies', 'replied', 'replying'],
  respond: [],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  disclose: [],
  blame: [],
};

/**
 * Verbs that are also common nouns ("the state", "United States", "a note"): only their past
 * and -ing forms count, so that the count of attributions stays meaningful.
 */
const alsoNouns = new Set(['state', 'note', 'quote', 'estimate', 'remark', 'report', 'claim', 'blame', 'cite', 'add']);

function regularForms(verb: string): string[] {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const past = verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
  return alsoNouns.has(verb) ? [past, `${stem}ing`] : [verb, `${verb}s`, past, `${stem}ing`];
}

/** Phrases that name a source before or after the claim. */
const englishPhrases = ['according to', 'in the words of', 'as reported by', 'quoted by', 'cited by', 'citing'];

/** A few cues for other languages the site publishes in. */
const otherLanguages: Record<string, string[]> = {
  fr: ['a déclaré', 'a dit', 'a confié', 'a expliqué', 'a estimé', 'a souligné', 'a affirmé', 'a annoncé', 'a indiqué', 'a ajouté', 'a confirmé', 'a démenti', 'a précisé', 'selon', 'déclare', 'affirme', 'explique', 'rapporte'],
  // "teilte … mit": the particle stands at the end of the clause, so the verb alone is the cue.
  de: ['sagte', 'sagt', 'teilte', 'erklärte', 'erklärt', 'berichtete', 'berichtet', 'laut', 'zufolge', 'betonte', 'warnte'],
  es: ['dijo', 'afirmó', 'declaró', 'informó', 'aseguró', 'según', 'añadió', 'confirmó', 'denunció'],
  // Arabic writes "and" (و) joined to the verb that follows: وقال is "and he said".
  ar: ['قال', 'قالت', 'أفاد', 'أفادت', 'ذكر', 'ذكرت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'نقلت', 'أضاف', 'أضافت']
    .flatMap((verb) => [verb, `و${verb}`])
    .concat(['وفقا', 'وفقًا', 'بحسب', 'حسب']),
};

export interface Cue {
  /** The cue as it appears in the list, e.g. "said" or "according to". */
  cue: string;
  /** Whether the source follows the cue ("according to X") rather than preceding it ("X said"). */
  sourceFollows: boolean;
}

function englishCues(): Cue[] {
  const cues: Cue[] = [];
  for (const [verb, forms] of Object.entries(englishVerbs)) {
    for (const form of forms.length > 0 ? forms : regularForms(verb)) cues.push({ cue: form, sourceFollows: false });
  }
  for (const phrase of englishPhrases) cues.push({ cue: phrase, sourceFollows: true });
  return cues;
}

const followingInOtherLanguages = new Set(['selon', 'laut', 'según', 'وفقا', 'وفقًا', 'بحسب', 'حسب']);

const cueLists = new Map<string, readonly Cue[]>();

/** Cues for a language: English always (wire copy quotes English sources), plus the article's own (made once per language). */
export function cuesFor(lang: string): readonly Cue[] {
  const primary = lang.toLowerCase().split('-')[0] ?? 'en';
  let cues = cueLists.get(primary);
  if (!cues) {
    const extra = (otherLanguages[primary] ?? []).map((cue) => ({ cue, sourceFollows: followingInOtherLanguages.has(cue) }));
    cueLists.set(primary, (cues = [...englishCues(), ...extra]));
  }
  return cues;
}

const followers = new Map<string, ReadonlySet<string>>();

/** Whether a cue as written ("According  to") names its source after it, like "according to X". */
export function sourceFollows(cue: string, lang: string): boolean {
  const primary = lang.toLowerCase().split('-')[0] ?? 'en';
  let set = followers.get(primary);
  if (!set) followers.set(primary, (set = new Set(cuesFor(primary).filter((known) => known.sourceFollows).map((known) => known.cue.toLowerCase()))));
  return set.has(cue.toLowerCase().replace(/\s+/g, ' '));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new Map<string, RegExp>();

/** One pattern for all cues of a language, longest first, bounded by non-letters (made once per language). */
export function cuePattern(lang: string): RegExp {
  const primary = lang.toLowerCase().split('-')[0] ?? 'en';
  let pattern = patterns.get(primary);
  if (!pattern) patterns.set(primary, (pattern = makeCuePattern(primary)));
  return pattern;
}

function makeCuePattern(lang: string): RegExp {
  const cues = cuesFor(lang)
    .map(({ cue }) => cue)
    .sort((a, b) => b.length - a.length)
    .map((cue) => escape(cue).replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${cues.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

const firstWords = new Map<string, Set<string>>();

/**
 * Whether a text holds any cue's first word: a quick test with a set of words before the
 * (much slower) pattern with all the cues runs.
 */
export function mayHaveCue(text: string, lang: string): boolean {
  const primary = lang.toLowerCase().split('-')[0] ?? 'en';
  let words = firstWords.get(primary);
  if (!words) {
    words = new Set(cuesFor(primary).map(({ cue }) => cue.toLowerCase().split(' ')[0]!));
    firstWords.set(primary, words);
  }
  for (const word of text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []) if (words.has(word)) return true;
  return false;
}
