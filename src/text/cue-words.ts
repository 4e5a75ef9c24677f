/**
 * The cues that attribute a claim to someone: reporting verbs in every tense, and phrases such
 * as "according to", per language, in this one place: data, read by the scanner in `cues.ts`.
 * tests/unit/text/cues.test.ts covers them and `npm run bench:attribution` measures them on
 * hand-labelled articles. How a cue is read in its sentence (passives, questions, negations,
 * the source) is `attributions.ts`.
 */

/** How a cue stands in its sentence. */
export interface Cue {
  /** The cue as listed, e.g. "said" or "according to". */
  cue: string;
  /** The source follows the cue ("according to X") rather than preceding it ("X said"). */
  sourceFollows: boolean;
  /**
   * Counts only where it introduces words: a quotation after it ("He continued, “…”", "she's
   * like “…”", "wrote: “…”") or "that". "Wrote songs", "continued to rise" attribute nothing.
   */
  needsSpeech?: boolean;
  /** A past participle that counts only after an auxiliary: « a précisé », not « le montant précisé ». */
  afterAuxiliary?: boolean;
  /** A form that is its verb's participle too (« dit », « écrit »): after an auxiliary, the cue takes it along (« a dit »). */
  alsoParticiple?: boolean;
}

/** English reporting verbs, with their irregular forms where they have them. */
const englishVerbs: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
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
  concede: [],
  contend: [],
  exclaim: [],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  retort: [],
  lament: [],
  recount: [],
  boast: [],
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
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  disclose: [],
  blame: [],
  describe: [],
  indicate: [],
  // Not "show": a talk show, a show of force.
  show: ['shows', 'showed', 'shown'],
  stress: ['stressed', 'stressing'],
  reiterate: [],
  comment: [],
  inform: [],
  mention: [],
  complain: [],
  vow: [],
  caution: [],
  conclude: [],
  recall: [],
  emphasise: [],
  emphasize: [],
  // Without their participles in -ing: "…, Ma Zhaoxu, calling on the Council" belongs to the letter before the name.
  hail: ['hail', 'hails', 'hailed'],
  clarify: ['clarify', 'clarifies', 'clarified'],
  advise: ['advise', 'advises', 'advised'],
  'call on': ['called on', 'calls on'],
  'call for': ['called for', 'calls for'],
};

/** Verbs that attribute only where they introduce words (see `Cue.needsSpeech`). */
const englishSpeechOnly: Record<string, string[]> = {
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  continue: ['continued', 'continues'],
  respond: [],
  ask: [],
  tweet: [],
  // "spoke of the collaboration: “…”"; not "spoke to reporters" alone.
  speak: ['speak', 'speaks', 'spoke', 'speaking'],
  // "countered that …", "countered: “…”"; not a shop's counter.
  counter: [],
  // "The astronomers observed the disk": watching, unless what was remarked follows.
  observe: [],
  // "the statement read “…”", "called the notion a “waste of time”".
  read: ['read', 'reads'],
  call: ['called', 'calls', 'calling'],
  flag: ['flagged'],
  order: ['ordered'],
  // "its website notes that", "the report states that": nouns as well, so only with what they say.
  note: ['notes'],
  state: ['states'],
  claim: ['claim', 'claims'],
  report: ['reports'],
  'talk about': ['talk about', 'talks about', 'talked about'],
  // "she's like, “…”": the quotative "like" after a form of "be" or "go".
  'make the announcement': ['made the announcement'],
  like: [
    "'s like",
    "'m like",
    "'re like",
    '’s like',
    '’m like',
    '’re like',
    'am like',
    'is like',
    'are like',
    'was like',
    'were like',
    'went like',
    'go like',
    'goes like',
  ],
};

/**
 * Verbs that are also common nouns ("the state", "United States", "a note"): only their past
 * and -ing forms count, so that the count of attributions stays meaningful.
 */
const alsoNouns = new Set([
  'state',
  'note',
  'quote',
  'estimate',
  'remark',
  'report',
  'claim',
  'blame',
  'cite',
  'add',
  'tweet',
  'comment',
  'vow',
  'caution',
  'recall',
  'respond',
  'ask',
  'recount',
]);

function regularForms(verb: string): string[] {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const past = verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
  return alsoNouns.has(verb) ? [past, `${stem}ing`] : [verb, `${verb}s`, past, `${stem}ing`];
}

/** Phrases that name a source after them. */
const englishFollowing = ['according to', 'in the words of', 'as reported by', 'quoted by', 'cited by'];

/** Phrases whose source stands before them, as a verb's does. */
const englishPhrases: string[] = [
  // "who identifies herself as an atheist": a description credited, like "describes … as".
  ...['identifies', 'identified'].flatMap((verb) => ['herself', 'himself', 'itself', 'themselves'].map((self) => `${verb} ${self} as`)),
  'citing',
  'pointed out',
  'points out',
  'issued a statement',
  'issued the following statement',
  'said in a statement',
];

/**
 * French reporting verbs by infinitive: regular ones (-er, -ir) are conjugated here; the others
 * list their forms (present, imperfect, simple past, present participle) and their participle.
 */
const frenchRegular = [
  'déclarer',
  'affirmer',
  'expliquer',
  'préciser',
  'ajouter',
  'indiquer',
  'annoncer',
  'estimer',
  'souligner',
  'confier',
  'rapporter',
  'assurer',
  'dénoncer',
  'confirmer',
  'raconter',
  'noter',
  'observer',
  'commenter',
  'insister',
  'inviter',
  'reprocher',
  'accuser',
  'critiquer',
  'déplorer',
  'signaler',
  'témoigner',
  'qualifier',
  'caractériser',
  'demander',
  'réclamer',
  'avertir',
  'renchérir',
  'réagir',
  'résumer',
  'juger',
  'regretter',
  'saluer',
  "s'exclamer",
  'exclamer',
  'relever',
  'constater',
  'lancer',
  'poursuivre',
  'revendiquer',
  'condamner',
  'menacer',
  'rétorquer',
  'répliquer',
  'ironiser',
  'lâcher',
];
const frenchIrregular: Record<string, { forms: string[]; participle: string }> = {
  dire: { forms: ['dit', 'disent', 'disait', 'disaient', 'dirent', 'disant'], participle: 'dit' },
  écrire: { forms: ['écrit', 'écrivent', 'écrivait', 'écrivit', 'écrivant'], participle: 'écrit' },
  décrire: { forms: ['décrit', 'décrivent', 'décrivait', 'décrivit', 'décrivant'], participle: 'décrit' },
  conclure: { forms: ['conclut', 'concluent', 'concluait', 'concluant'], participle: 'conclu' },
  prévenir: { forms: ['prévient', 'préviennent', 'prévenait', 'prévint', 'prévenant'], participle: 'prévenu' },
  répondre: { forms: ['répond', 'répondent', 'répondait', 'répondit', 'répondant'], participle: 'répondu' },
  démentir: { forms: ['dément', 'démentent', 'démentait', 'démentit', 'démentant'], participle: 'démenti' },
  prévoir: { forms: ['prévoit', 'prévoient', 'prévoyait', 'prévoyant'], participle: 'prévu' },
  reconnaître: { forms: ['reconnaît', 'reconnait', 'reconnaissent', 'reconnaissait', 'reconnut', 'reconnaissant'], participle: 'reconnu' },
  promettre: { forms: ['promet', 'promettent', 'promettait', 'promit', 'promettant'], participle: 'promis' },
  appeler: { forms: ['appelle', 'appellent', 'appelait', 'appela', 'appelant'], participle: 'appelé' },
  rappeler: { forms: ['rappelle', 'rappellent', 'rappelait', 'rappela', 'rappelant'], participle: 'rappelé' },
  révéler: { forms: ['révèle', 'révèlent', 'révélait', 'révéla', 'révélant'], participle: 'révélé' },
  marteler: { forms: ['martèle', 'martèlent', 'martelait', 'martela', 'martelant'], participle: 'martelé' },
  poursuivre: { forms: ['poursuit', 'poursuivait'], participle: 'poursuivi' },
  plaindre: { forms: ['plaint', 'plaignent', 'plaignait', 'plaignit', 'plaignant'], participle: 'plaint' },
};
/** French verbs that also mean other things (lancer: to launch; poursuivre: to pursue; juger: le juge). */
const frenchSpeechOnly = new Set(['lancer', 'poursuivre', 'juger', 'relever', 'appeler', 'rappeler', 'saluer', 'observer', 'lâcher']);
const frenchFollowing = ['selon', "d'après", 'd’après', "de l'avis de", 'de l’avis de', 'aux dires de', 'cité par', 'citée par'];
const frenchPhrases = [
  'pointe du doigt',
  'pointent du doigt',
  'a pointé du doigt',
  'fait savoir',
  'a fait savoir',
  'faisait savoir',
  'fait grief',
  'faisait grief',
];

function frenchCues(): Cue[] {
  const cues: Cue[] = [];
  const add = (verb: string, forms: string[], participle: string) => {
    const needsSpeech = frenchSpeechOnly.has(verb) || undefined;
    for (const cue of forms)
      cues.push({
        cue,
        sourceFollows: false,
        ...(needsSpeech ? { needsSpeech } : {}),
        ...(cue === participle ? { alsoParticiple: true } : {}),
      });
    if (!forms.includes(participle))
      cues.push({ cue: participle, sourceFollows: false, afterAuxiliary: true, ...(needsSpeech ? { needsSpeech } : {}) });
  };
  for (const verb of frenchRegular) {
    if (frenchIrregular[verb]) continue;
    const bare = verb.replace(/^s'/, '');
    if (bare.endsWith('er')) {
      const stem = bare.slice(0, -2);
      // "annoncer" keeps its c soft before a and o: annonça, annonçant.
      const soft = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;
      add(verb, [`${stem}e`, `${stem}ent`, `${soft}a`, `${soft}ait`, `${soft}aient`, `${soft}ant`], `${stem}é`);
    } else {
      const stem = bare.slice(0, -2);
      add(verb, [`${stem}it`, `${stem}issent`, `${stem}issait`, `${stem}issant`], `${stem}i`);
    }
  }
  for (const [verb, { forms, participle }] of Object.entries(frenchIrregular)) add(verb, forms, participle);
  for (const cue of frenchFollowing) cues.push({ cue, sourceFollows: true });
  for (const cue of frenchPhrases) cues.push({ cue, sourceFollows: false });
  return cues;
}

/** A few cues for other languages the site publishes in. */
const otherLanguages: Record<string, () => Cue[]> = {
  fr: frenchCues,
  // "teilte … mit": the particle stands at the end of the clause, so the verb alone is the cue.
  de: () => plain(['sagte', 'sagt', 'teilte', 'erklärte', 'erklärt', 'berichtete', 'berichtet', 'betonte', 'warnte'], ['laut', 'zufolge']),
  es: () => plain(['dijo', 'afirmó', 'declaró', 'informó', 'aseguró', 'añadió', 'confirmó', 'denunció'], ['según']),
  // Arabic writes "and" (و) joined to the verb that follows: وقال is "and he said".
  ar: () =>
    plain(
      ['قال', 'قالت', 'أفاد', 'أفادت', 'ذكر', 'ذكرت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'نقلت', 'أضاف', 'أضافت'].flatMap((verb) => [
        verb,
        `و${verb}`,
      ]),
      ['وفقا', 'وفقًا', 'بحسب', 'حسب'],
    ),
};

function plain(before: string[], following: string[]): Cue[] {
  return [...before.map((cue) => ({ cue, sourceFollows: false })), ...following.map((cue) => ({ cue, sourceFollows: true }))];
}

function englishCues(): Cue[] {
  const cues: Cue[] = [];
  for (const [verb, forms] of Object.entries(englishVerbs)) {
    for (const form of forms.length > 0 ? forms : regularForms(verb)) cues.push({ cue: form, sourceFollows: false });
  }
  for (const [verb, forms] of Object.entries(englishSpeechOnly)) {
    for (const form of forms.length > 0 ? forms : regularForms(verb)) cues.push({ cue: form, sourceFollows: false, needsSpeech: true });
  }
  for (const phrase of englishFollowing) cues.push({ cue: phrase, sourceFollows: true });
  for (const phrase of englishPhrases) cues.push({ cue: phrase, sourceFollows: false });
  return cues;
}

/** The cues of a language (its primary subtag): English always (wire copy quotes English sources), plus its own. */
export function cuesOfLanguage(primary: string): Cue[] {
  return [...englishCues(), ...(otherLanguages[primary]?.() ?? [])];
}
