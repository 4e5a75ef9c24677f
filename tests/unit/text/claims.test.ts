import { describe, expect, it } from 'vitest';
import { citedSources, claimsOf } from '../../../src/text/claims.ts';

/** Who each quotation of the blocks is shown as said by, in order (undefined: no one). */
const speakers = (blocks: string[], lang: string) => claimsOf(blocks, lang).quotations.map(({ attributedTo }) => attributedTo);

describe('claimsOf', () => {
  it('resolves a pronoun to the person last credited, a few paragraphs back at most', () => {
    const blocks = [
      'Foreign Ministry spokeswoman Maria Zakharova said the talks would go on.',
      'She told reporters the date was set.',
      'Other news.',
      'More.',
      'Still more.',
      'She added nothing.',
    ];
    const { attributions } = claimsOf(blocks, 'en');
    expect(attributions.map(({ source, resolved }) => [source, resolved])).toEqual([
      ['Foreign Ministry spokeswoman Maria Zakharova', 'Maria Zakharova'],
      ['She', 'Maria Zakharova'],
      ['She', undefined],
    ]);
  });

  it('gives the first person of an interview to the one whose turn it is, not to the interviewer', () => {
    const blocks = [
      'Wikinews spoke to campaigner Zara Kay.',
      '((WN))  When did you start? I told readers we would ask.',
      '((Zara Kay))  In 2018. I told my family: "I am leaving the faith."',
      'I wrote to them again: "Nothing has changed between us."',
      '((WN))  Thank you. I said we would keep it short.',
      '((Zara Kay))  So I met another girl. And she, in response, said "Your dad is gay."',
    ];
    const { attributions, quotations } = claimsOf(blocks, 'en');
    expect(attributions.map(({ source, resolved }) => [source, resolved])).toEqual([
      ['I', undefined],
      ['I', 'Zara Kay'],
      ['I', 'Zara Kay'],
      ['I', undefined],
      // "she" in the interviewee's own turn is someone else; "So I'm" or "So I" name no one.
      ['she', undefined],
    ]);
    expect(quotations.map(({ attributedTo }) => attributedTo)).toEqual(['Zara Kay', 'Zara Kay', undefined]);
  });

  it('credits the person a source phrase names, not the organisation it names them by', () => {
    const blocks = [
      'Scientists at the Center for Biological Diversity counted the butterflies.',
      'Remarked Center for Biological Diversity scientist Tierra Curry, "This reprieve is a thank-you from the butterflies."',
    ];
    expect(speakers(blocks, 'en')).toEqual(['Tierra Curry']);
  });

  it('credits a quotation to the person an appositive names after the office that speaks', () => {
    const fr = ['La présidente de la Cour des comptes, Mme Claire Dubois, a déclaré : « Les comptes sont sincères ».'];
    expect(speakers(fr, 'fr')).toEqual(['Claire Dubois']);
    const en = ['The head of the city’s fire service, Ann Bell, said: "The blaze is under control."'];
    expect(speakers(en, 'en')).toEqual(['Ann Bell']);
    // A description ending on a role: the person, not a name inside it (the employer's).
    const role = ['The National Institute of Allergy and Infectious Disease’s director, Dr. Anne Fox, said: “It will get worse.”'];
    expect(speakers(role, 'en')).toEqual(['Anne Fox']);
    // An organisation set off there names no person: the office is shown as written.
    const body = ['The spokesman of the group, Human Rights Watch, said: "We will appeal."'];
    expect(speakers(body, 'en')).toEqual(['The spokesman of the group']);
  });

  it('reads a role after a definite article as pointing back to the person last named, as a pronoun is', () => {
    const blocks = [
      'Selon une étude de l’université de Caen, le risque augmente. « Les rats meurent plus tôt », a expliqué Gilles Martin, professeur à Caen.',
      '« Les résultats sont nets », résume l’universitaire.',
      '« Au 17e mois, on observe cinq fois plus de morts », a-t-il précisé.',
    ];
    const { attributions, quotations } = claimsOf(blocks, 'fr');
    expect(attributions.map(({ resolved }) => resolved)).toEqual([undefined, undefined, 'Gilles Martin', 'Gilles Martin']);
    expect(quotations.map(({ attributedTo }) => attributedTo)).toEqual(['Gilles Martin', 'Gilles Martin', 'Gilles Martin']);
    // Two people named before it: the role is no longer plain, and is shown as written.
    const two = ['Anna Keller met Maria Lopez on Monday.', '“It went well,” the lawyer said.'];
    expect(speakers(two, 'en')).toEqual(['the lawyer']);
  });

  it('gives no speaker to a quotation in a clause of someone else’s after the cue', () => {
    const blocks = ['Kerri Kupec sharply criticized the decision, which Ross has referred to as “gamesmanship”.'];
    expect(speakers(blocks, 'en')).toEqual([undefined]);
    // One opening on a pronoun is the source's own.
    const own = ['Mayor Ann Bell spoke on the show when she made the announcement: “I am running again.”'];
    expect(speakers(own, 'en')).toEqual(['Ann Bell']);
    // « que » opens what was said: the quotation is still the source's.
    const fr = ['Jean Dupont renchérit que le succès du parti est du fait que Marie Dupont « est une femme ».'];
    expect(speakers(fr, 'fr')).toEqual(['Jean Dupont']);
  });

  it('gives a quotation resumed after the attribution that broke it off the same speaker, and no other', () => {
    const blocks = [
      '“On behalf of the Court,” wrote Chief Justice Anne B. Cole, “I am saddened to report that our colleague has passed away.”',
      'Senator Tom Bell said the delay was “unthinkable.” The campaign put out a statement: “The people will decide this election for themselves.”',
    ];
    expect(speakers(blocks, 'en')).toEqual(['Anne B. Cole', 'Anne B. Cole', 'Tom Bell', undefined]);
  });

  it('gives verbs joined by "and" the subject of the first', () => {
    const blocks = ['In a video, Anna Keller commended Tom Bell for his work and said she was “proud to back Tom Bell.”'];
    expect(speakers(blocks, 'en')).toEqual(['Anna Keller']);
  });

  it('resolves a pronoun to someone just described by a role, when no one is named between', () => {
    const fr = [
      '« Nous avons reçu des appels », a indiqué un porte-parole de la police. La bousculade a été provoquée « par un feu de Bengale lancé dans le stade » a-t-il précisé.',
      '« Tout cela pose des questions », ajoute Hassan, un autre manifestant. « Moi, dit-il, j’ai l’impression que rien ne change. »',
    ];
    expect(speakers(fr, 'fr')).toEqual(['un porte-parole de la police', 'un porte-parole de la police', 'Hassan', 'Hassan']);
    // Someone named in between: the pronoun is no longer plain.
    const named = ['“It is calm,” a police spokesman said. Mayor Ann Bell arrived later. “We will reopen,” he added.'];
    expect(speakers(named, 'en')).toEqual(['a police spokesman', undefined]);
  });

  it('goes on with the speaker of a quotation in the statement quoted right after it', () => {
    const blocks = [
      '“I was not expecting this,” said Grace Wanjiru after the race. “But I felt strong all the way round the course.” ' +
        'She was met by Paula Hart at the line. “I always knew this day would come for her,” Hart said.',
    ];
    expect(speakers(blocks, 'en')).toEqual(['Grace Wanjiru', 'Grace Wanjiru', 'Paula Hart']);
    // A sentence of the report's own between them: the statement is no longer plainly the speaker's.
    const apart = [
      '“I was not expecting this,” said Grace Wanjiru. The race was run in heavy rain. “Nobody could have run it faster in the wet.” Others disagreed, said Tom Bell.',
    ];
    expect(speakers(apart, 'en')).toEqual(['Grace Wanjiru', undefined]);
  });

  it('leaves a pronoun as written once a body was credited in between', () => {
    const blocks = ['Mayor Anna Keller said the bridge would reopen.', 'The ministry said it would not.', 'She said it again.'];
    const last = claimsOf(blocks, 'en').attributions.at(-1);
    expect(last?.source).toBe('She');
    expect(last?.resolved).toBeUndefined();
  });

  it('resolves French inverted pronouns', () => {
    const blocks = [
      "L'ancien dirigeant Jean-Marie Le Pen a déclaré : « Je suis un homme du peuple. »",
      '« Ma fille est une petite-bourgeoise », explique-t-il.',
    ];
    const { attributions, quotations } = claimsOf(blocks, 'fr');
    expect(attributions.map(({ cue, source, resolved }) => [cue, source, resolved])).toEqual([
      ['a déclaré', "L'ancien dirigeant Jean-Marie Le Pen", 'Jean-Marie Le Pen'],
      ['explique', 'il', 'Jean-Marie Le Pen'],
    ]);
    expect(quotations.map(({ attributedTo }) => attributedTo)).toEqual(['Jean-Marie Le Pen', 'Jean-Marie Le Pen']);
  });

  it('resolves a pronoun to the one person its paragraph names before it, after a body credited earlier', () => {
    const blocks = [
      'Ce droit est remis en cause, selon un collectif. Elles dénoncent le projet du gouvernement de Mariano Rajoy.',
      'En effet, le ministre de la Justice Alberto Ruiz-Gallardón désirerait interdire l’avortement. Selon lui, « on ne peut pas interdire à un être vivant de vivre ».',
      'Le ministre Ana Pastor García et le député Antoni Pastor se sont rencontrés. Selon lui, « rien n’est décidé encore ».',
    ];
    expect(claimsOf(blocks, 'fr').attributions.map(({ source, resolved }) => [source, resolved])).toEqual([
      ['un collectif', undefined],
      ['Elles', undefined],
      ['lui', 'Alberto Ruiz-Gallardón'],
      // Two people named in the paragraph: "lui" is not plain.
      ['lui', undefined],
    ]);
  });

  it('gives the first quotation of a French sentence opening on « pour X » to X, when X is a name', () => {
    const blocks = [
      'Le vote a eu lieu. Pour Jérémie Zimmermann, « ce vote est une immense victoire ! »',
      'Mitt Romney se présentait comme « l’entraîneur ». Mais pour B. Obama, les Américains « ne gagneront pas la saison ».',
      'Et pour la dernière période, « il veut une apothéose ».',
    ];
    expect(speakers(blocks, 'fr')).toEqual(['Jérémie Zimmermann', undefined, 'B. Obama', undefined]);
    // An initial is a form of the name the article gives in full.
    expect(speakers([...blocks, 'Barack Obama était dans l’Ohio.'], 'fr')).toEqual([
      'Jérémie Zimmermann',
      undefined,
      'Barack Obama',
      undefined,
    ]);
  });

  it('gives words a speaker quotes inside their own quotation to no one', () => {
    const blocks = [
      'Another was tour manager Thomas Gray, who cited rugby: "\'one in, all in\'. I did what any Londoner would do."',
      '“We call it ‘suicide by cop’,” said Professor David Wilson.',
    ];
    expect(claimsOf(blocks, 'en').quotations.map(({ text, attributedTo }) => [text, attributedTo])).toEqual([
      ["'one in, all in'", undefined],
      ['"\'one in, all in\'. I did what any Londoner would do."', 'Thomas Gray'],
      ['‘suicide by cop’', undefined],
      ['“We call it ‘suicide by cop’,”', 'David Wilson'],
    ]);
  });

  it('gives a few words credited to a group or a description no speaker, and a person’s to the person', () => {
    const blocks = [
      'Some celebrities complained about the “Allah is gay” poster.',
      'Republican Chris Christie denounced the claims as a “national embarrassment.”',
      'The U.S. embassy said the man was “Chinese-American.” The embassy said: “He was a citizen of the United States.”',
      'The council said “we will appeal.”',
      'President Donald Trump spoke. Trump’s State Department asked any “external party” not to get involved.',
    ];
    // Right after the cue, a few words are a statement.
    expect(speakers(blocks, 'en')).toEqual([undefined, 'Chris Christie', undefined, 'The embassy', 'The council', undefined]);
    // An owner's name ("Trump’s State Department") is not the one who speaks.
    const owner = claimsOf(blocks, 'en').attributions.at(-1);
    expect([owner?.source, owner?.resolved]).toEqual(['Trump’s State Department', undefined]);
  });

  it('gives a quotation to the speaker of its sentence, by name, and a scare quote to no one', () => {
    const blocks = [
      '“Three days is too many,” said baker Amir Haddad.',
      'The so-called “peace plan” was shelved.',
      'The minister said:',
      '“We will rebuild.”',
    ];
    expect(claimsOf(blocks, 'en').quotations.map(({ text, attributedTo }) => [text, attributedTo])).toEqual([
      ['“Three days is too many,”', 'Amir Haddad'],
      ['“peace plan”', undefined],
      ['“We will rebuild.”', 'The minister'],
    ]);
  });

  // A name ending on a letter at a sentence's end ("said Malcolm X.") is not told from a cut one: no name, rather than half of one.
  it('names the whole name where the sentence cut it at its middle initial, never the cut one', () => {
    const blocks = [
      '“On behalf of the Court,” said Chief Justice John G. Roberts in a statement.',
      '“Malcolm X spoke here,” said Malcolm X in 1964.',
    ];
    expect(claimsOf(blocks, 'en').quotations.map(({ text, attributedTo }) => [text, attributedTo])).toEqual([
      ['“On behalf of the Court,”', 'John G. Roberts'],
      ['“Malcolm X spoke here,”', 'Malcolm X'],
    ]);
  });
});

describe('who says a quotation: the fullest name, or no one when the text does not make it plain', () => {
  // A report written the way news agencies write them (invented, the patterns real).
  const report = [
    'Polish President Andrzej Duda arrived in Kyiv on Tuesday for talks with Ukrainian officials.',
    '“We stand with you,” Duda told reporters at the station. “This is not a visit of courtesy. It is a promise.”',
    'The Senate Minority Leader, Chuck Schumer, said the aid bill was “dead on arrival.”',
    'Jane Doe, a professor of economics at Westfield University, said: “The data are clear.”',
    '“We will rebuild every house.',
    '“Every school, every road,” said Mayor Anna Keller.',
    'Officials called the plan a “bold step.” The Thai Raksa Chart Party said it would vote for it.',
    'The party later called it “a trap.”',
    'Mayor Keller and Governor Tom Reyes met on Friday. Sharply, he said the talks were “over.”',
    'Kerri Kupec sharply criticized the decision, which the ministry had called “gamesmanship.”',
  ];
  const said = Object.fromEntries(claimsOf(report, 'en').quotations.map(({ text, attributedTo }) => [text, attributedTo]));

  it('names a speaker by the longest form of the name the report gives', () => {
    expect(said['“We stand with you,”']).toBe('Andrzej Duda');
  });

  it('gives the rest of a speaker’s statement, in sentences of its own, to the same speaker', () => {
    expect(said['“This is not a visit of courtesy. It is a promise.”']).toBe('Andrzej Duda');
  });

  it('keeps the speaker of a quotation continued over paragraphs', () => {
    expect(said['“We will rebuild every house.\n“Every school, every road,”']).toBe('Anna Keller');
  });

  it('gives a title set off by commas to the person, and an apposition to the person, not the employer', () => {
    expect(said['“dead on arrival.”']).toBe('Chuck Schumer');
    expect(said['“The data are clear.”']).toBe('Jane Doe');
  });

  it('names no one where the text does not make it plain', () => {
    // A few words in the report's sentence, credited to a group: most often the report's scare quote.
    expect(said['“bold step.”']).toBeUndefined();
    // "the party" points back to a name the report gives.
    expect(said['“a trap.”']).toBeUndefined();
    // Two people named just before: "he" could be either.
    expect(said['“over.”']).toBeUndefined();
    // An adverb is no one.
    expect(said['“gamesmanship.”']).not.toBe('sharply');
  });
});

describe('who says a quotation, told by the way news reports introduce one', () => {
  // Invented, the patterns real (Wikinews, 2019-2020).
  const report = [
    'Today, former Vice President of the United States Joe Biden was projected the winner.',
    'Biden said in a statement, “I am honored and humbled.” He added, “It is time for America to unite and to heal.”',
    'On Sunday, the Kurdish-led Syrian Democratic Forces (SDF) announced a deal. In a statement, the SDF said, “An agreement has been reached with the government.”',
    'The agency noted the need for action: “All countries can still change the course of this outbreak. If they act now, they can stop it,” said Maria Keller, the agency’s director.',
    'However, addressing the leaders, Swami Chakrapani proposed: “I request all the presidents and prime ministers to listen.”',
    'The Biden campaign recycled a statement it first put out in July: “The American people will decide this election.”',
    'The banner carried the words: “Nobody gets in without a ticket, nobody at all.”',
    'President Donald Trump visited Kenosha. Trump referred to the riots as acts of “domestic terror” and toured the “red zone.”',
    'His opponent, Biden, in a message to fundraisers, accused Trump of “trying to scare the hell out of America.”',
    'The Atlantic claimed that during a 2018 trip to France, Trump refused to visit a U.S. cemetery and referred to the soldiers as “losers” and “suckers.”',
    'Trump alleged the media was falsely claiming he had suffered from “mini-strokes.” Trump toured the town where protesters branded the visit “a provocation.”',
    'A sign read: “Nobody leaves without a receipt, nobody at all.”',
    '“We are ready for the season,” the coach said. The club confirmed it had signed two players.',
  ];
  const said = Object.fromEntries(claimsOf(report, 'en').quotations.map(({ text, attributedTo }) => [text, attributedTo]));

  it('knows a person named after a body’s or a place’s name, and resolves a pronoun to them', () => {
    expect(said['“It is time for America to unite and to heal.”']).toBe('Joe Biden');
  });

  it('shows a body by the name the article spelled out for its acronym', () => {
    expect(said['“An agreement has been reached with the government.”']).toBe('Syrian Democratic Forces');
    expect(citedSources(claimsOf(report, 'en').attributions).map(({ name }) => name)).toContain('Syrian Democratic Forces');
  });

  it('gives a quotation broken off at a comma to the attribution right after it, not to the sentence that introduced it', () => {
    expect(said['“All countries can still change the course of this outbreak. If they act now, they can stop it,”']).toBe('Maria Keller');
    expect(said['“We are ready for the season,”']).toBe('the coach');
  });

  it('gives a statement a sentence introduces with a colon to the person that sentence opens on, and only to a person', () => {
    expect(said['“I request all the presidents and prime ministers to listen.”']).toBe('Chakrapani');
    expect(said['“The American people will decide this election.”']).toBeUndefined();
    expect(said['“Nobody gets in without a ticket, nobody at all.”']).toBeUndefined();
  });

  it('gives words its subject calls something by to the person the clause opens on, and no others', () => {
    expect(said['“domestic terror”']).toBe('Donald Trump');
    // "toured" calls nothing by these words: a name of a place, no one's words.
    expect(said['“red zone.”']).toBeUndefined();
    expect(said['“losers”']).toBe('Donald Trump');
    expect(said['“suckers.”']).toBe('Donald Trump');
    // The words of a clause of someone else's ("where protesters branded"): not the subject's.
    expect(said['“a provocation.”']).toBeUndefined();
  });

  it('gives a quotation to the person an appositive names by surname, after a relation that names no one', () => {
    expect(said['“trying to scare the hell out of America.”']).toBe('Joe Biden');
    // Words written on something are no one's: "read" credits a document, a sign, never a speaker.
    expect(said['“Nobody leaves without a receipt, nobody at all.”']).toBeUndefined();
  });
});

describe('a long report in one paragraph', () => {
  // Scraped text whose line breaks were lost. Each quotation, cue and name is found by passes over
  // the paragraph, never by a search through it for each: this took minutes when it was.
  it('finds every quotation, attribution and speaker of a megabyte in one paragraph', () => {
    const sentence = 'President Andrzej Duda said "we will rebuild" on Monday, and he told reporters "soon". Duda added more. ';
    const { attributions, quotations } = claimsOf([sentence.repeat(10_000)], 'en');
    expect(quotations).toHaveLength(20_000);
    expect(attributions).toHaveLength(20_000);
    expect(new Set(quotations.map(({ attributedTo }) => attributedTo))).toEqual(new Set(['Andrzej Duda']));
  });

  // One French sentence of a megabyte, thousands of cues and incises in it: each cue is read within
  // a window of its sentence, the incises pieced in one pass, each quotation's opening read back
  // from it. The sentence read whole for each cue took minutes.
  it('reads a French sentence of a megabyte, with thousands of cues in it, in one pass', () => {
    const clause = 'Le ministre, qui a été élu, a déclaré que « rien ne change », a indiqué la police, ironise-t-elle, ';
    const { attributions, quotations } = claimsOf([clause.repeat(10_000)], 'fr');
    expect(quotations).toHaveLength(10_000);
    expect(attributions.map(({ cue, source }) => `${cue} | ${source}`)).toEqual(['a déclaré | Le ministre']);
  });

  // Acronyms are found by their brackets and read back a few words: a pattern for the words before
  // each bracket, tried at every word of a long paragraph, took seconds.
  it('spells out the acronyms of a megabyte in one paragraph in one pass', () => {
    const sentence = 'Officials of the World Health Organization (WHO) met many other people on the day (as planned). ';
    const { attributions, quotations } = claimsOf([`${sentence.repeat(10_000)}The WHO said “we will act now.”`], 'en');
    expect(attributions.at(-1)?.resolved).toBe('World Health Organization');
    expect(quotations.at(-1)?.attributedTo).toBe('World Health Organization');
  });
});

describe('citedSources', () => {
  it('lists each source once, in order of first mention, pronouns under the person they stand for', () => {
    const blocks = [
      'SANA reported a strike.',
      'Witness Omar Said told SANA that it was loud.',
      'He said he ran.',
      'SANA later reported more.',
    ];
    expect(citedSources(claimsOf(blocks, 'en').attributions)).toEqual([
      {
        name: 'SANA',
        cues: [
          { cue: 'reported', block: 0 },
          { cue: 'reported', block: 3 },
        ],
      },
      {
        name: 'Witness Omar Said',
        cues: [
          { cue: 'told', block: 1 },
          { cue: 'said', block: 2 },
        ],
      },
    ]);
  });
});
