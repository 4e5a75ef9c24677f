import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../src/text/attributions.ts';
import { sentencesOf } from '../../../src/text/segment.ts';

const found = (text: string, lang = 'en') => findAttributions([text], lang).map(({ cue, source }) => `${cue} | ${source}`);

describe('findAttributions', () => {
  it.each([
    ['Earlier in the day, SANA reported another coalition strike in the same province.', 'reported | SANA'],
    ['Local sources, requesting anonymity, told Syria’s official news agency SANA that nine children died.', 'told | Local sources'],
    ['On November 15, local reports claimed coalition warplanes had killed 23 civilians.', 'claimed | local reports'],
    [
      'The coalition used white phosphorus, according to various sources including Human Rights Watch.',
      'according to | various sources including Human Rights Watch',
    ],
    ['The Russian Foreign Ministry recently slammed US military operations in the country.', 'slammed | The Russian Foreign Ministry'],
    ['“Three days is too many,” said Amir Haddad, who runs a bakery.', 'said | Amir Haddad'],
    ['The ministry has warned of further strikes.', 'warned | The ministry'],
    ['Officials denied the report on Monday.', 'denied | Officials'],
    ['The agency confirms that two died.', 'confirms | The agency'],
    ['Ms. Whitfield said the objection was procedural.', 'said | Ms. Whitfield'],
    ['Commenting on the radio calls, Captain Rochester said the night was calm.', 'Commenting | Captain Rochester'],
    // When, an aside and an adverb are not who.
    ['“I was not expecting this”, said Kosgei after the race.', 'said | Kosgei'],
    ['“I am in awe” tweeted Mayor Sadiq Khan (no relation).', 'tweeted | Mayor Sadiq Khan'],
    ['Trump formally claimed the documents were privileged.', 'claimed | Trump'],
    ['The excerpts were reported by CNN as such:', 'reported | CNN'],
    ['The road is closed, according to the police as well as witnesses.', 'according to | the police as well as witnesses'],
    ['((WN)) You suggest conservation should look at feeding grounds.', 'suggest | You'],
    ['The Smith family said they were relieved.', 'said | The Smith family'],
    ['Trump called on Fox News to fire Griffin.', 'called on | Trump'],
    // A participle after a verb and its object: the document says it; else the verb's subject does.
    ['On Friday, the task force released a statement saying no troops were hurt.', 'saying | a statement'],
    ['The next day, President Trump delivered a speech declaring himself the president.', 'declaring | President Trump'],
    ['Experts signed an open letter urging action.', 'urging | an open letter'],
    // A bare description or an adjective set off after the subject is the subject's, never the source.
    ['The residents, furious, said they would stay.', 'said | The residents'],
    ['Kimura reportedly made several posts on social media suggesting she was a victim.', 'suggesting | Kimura'],
    ['Trump attacked Drudge as an opponent and his campaign called for CNN to fire Lockhart.', 'called for | his campaign'],
    ['Judge Jackson clarified that her decisions were not connected.', 'clarified | Judge Jackson'],
    ['The Internal Revenue Service website advises citizens to keep paying.', 'advises | The Internal Revenue Service website'],
    ['Trump hailed the agreements as the “dawn of a new Middle East.”', 'hailed | Trump'],
    // A clause of its own after "and": its own subject.
    ['The airport was evacuated and local police warned people to stay inside.', 'warned | local police'],
    ['Bernie Sanders and Barack Obama announced their support.', 'announced | Bernie Sanders and Barack Obama'],
    // Appositions in a row rename the name they follow: a role, where the person is from, an age.
    ['Maria Lopez, of the Tribune, one of its founders, stated that the paper would close.', 'stated | Maria Lopez'],
    ['Peter Vance, the mayor of Linden, North County, announced that schools would close.', 'announced | Peter Vance'],
    ['John Reed, from Leeds, England, on Tuesday admitted the charges.', 'admitted | John Reed'],
    // The words of a role before a name are the noun phrase's, back to the verb.
    ['Another was driver Tom Hale, 31, who cited his training.', 'cited | driver Tom Hale'],
    ['Ohio governor Ann Lee, a Republican, said the vote would go ahead.', 'said | Ohio governor Ann Lee'],
    ['Just as Tom Hale, the driver, had warned of the risk.', 'warned | Tom Hale'],
    // Adverbs and when, before or after the source, are the verb's.
    [
      'It was initially reported the fire started in a car, but broadcaster NRK later reported it started in a van.',
      'reported | broadcaster NRK',
    ],
    ['Nevertheless, others, including a reporter, confirmed the story.', 'confirmed | others'],
    ['A few days later the administration said it would appeal.', 'said | the administration'],
    ['The board met, with the latter yesterday confirming the sale.', 'confirming | the latter'],
    ['USA Today reported the sale.', 'reported | USA Today'],
    // "that" left out after a verb that reports a clause; a claim to have done is a claim.
    ['The mayor claims he would win a second vote.', 'claims | The mayor'],
    ['The rebels claim they were attacked first.', 'claim | The rebels'],
    ['The army claimed to have taken the town.', 'claimed | The army'],
    ['They felt that they learned more from failures, citing an old saying.', 'citing | They'],
    ['“It was right,” wrote Chief Justice John G.', 'wrote | Chief Justice John G.'],
    ['This past Friday, the princess, 67, announced her candidacy.', 'announced | the princess'],
    // A relative clause set off by commas tells of the source: it is not it.
    ['The minister, who was elected in 2010, said the plan would fail.', 'said | The minister'],
    ['The unions, which have long opposed the plan, said it would fail.', 'said | The unions'],
    // A noun and its complement is the whole noun phrase, an appositive name after it left out.
    ['The head of the city’s fire service, Ann Bell, said the blaze was under control.', 'said | The head of the city’s fire service'],
  ])('%s', (sentence, expected) => {
    expect(found(sentence)).toEqual([expected]);
  });

  it('reads a title given after "called" as a name, and words after it as words', () => {
    expect(found('The university ran a programme called "Learning Together" at the hall.')).toEqual([]);
    expect(found('Her novel, which the Times called "the steamiest book of the year," sold well.')).toEqual(['called | the Times']);
  });

  it('ignores cues inside the quotation they introduce', () => {
    expect(found('"The minister told us to wait," the chair told reporters.')).toEqual(['told | the chair']);
  });

  it('ignores a cue used as an adjective or noun', () => {
    expect(found('The coalition failed to reach its declared goal.')).toEqual([]);
    expect(found('The United States and the Islamic State were named.')).toEqual([]);
    expect(found('No statement has been made about the number of wounded people.')).toEqual([]);
  });

  it('finds cues in other languages', () => {
    expect(found('« Nous avons besoin de temps », a déclaré Claire Martin.', 'fr')).toEqual(['a déclaré | Claire Martin']);
    expect(found('„Das ist gut“, sagte Bürgermeisterin Anna Keller.', 'de')).toEqual(['sagte | Bürgermeisterin Anna Keller']);
    // An adverb between the auxiliary and the participle: the cue takes both along.
    expect(found('Le ministre a ensuite précisé que la route rouvrira lundi.', 'fr')).toEqual(['a ensuite précisé | Le ministre']);
    expect(found('« Rien ne change », a-t-il ajouté.', 'fr')).toEqual(['a-t-il ajouté | il']);
    expect(found('De nombreux habitants, témoins de la scène, ont déclaré : « Ils ont arraché la porte ».', 'fr')).toEqual([
      'ont déclaré | De nombreux habitants',
    ]);
    expect(found('La médaillée d’argent des jeux de Beyrouth se plaint de la politique du gouvernement.', 'fr')).toEqual([
      'plaint | La médaillée d’argent des jeux de Beyrouth',
    ]);
    // An incise inside the quotation, set off by commas: who speaks, not what is said.
    expect(found('« Moi, dit-il, j’ai l’impression que rien ne change ».', 'fr')).toEqual(['dit | il']);
    expect(found('« Moi, estime-t-elle, rien ne change, dit-on ici ».', 'fr')).toEqual(['estime | elle']);
    expect(found('« Moi, dit-il, j’ai l’impression que rien ne change ».', 'en')).toEqual([]);
    // A phrase set off there: the verb's, not the source's.
    expect(found('Le gouvernement malien a de son côté dénoncé « la furie destructrice ».', 'fr')).toEqual([
      'a de son côté dénoncé | Le gouvernement malien',
    ]);
    expect(found("L'Association des leaders religieux a pour sa part indiqué que rien n'était prévu.", 'fr')).toEqual([
      "a pour sa part indiqué | L'Association des leaders religieux",
    ]);
  });

  it('credits no one with a participle that describes, a subject that is no one, or a hedge', () => {
    expect(found('An earthquake with reported magnitude 6.3 struck the island.')).toEqual([]);
    expect(found('However, as noted, the primary was cancelled.')).toEqual([]);
    expect(found('No group immediately claimed responsibility for the attack.')).toEqual([]);
    expect(found('The astronomers observed the disk around the star.')).toEqual([]);
    expect(found('Les astronomes ont observé le disque.', 'fr')).toEqual([]);
    expect(found('Between 10 and 50, say, million years.')).toEqual([]);
    // Still words: remarked, said of itself, or said by someone who is named.
    expect(found('The judge observed that the law was unclear.')).toEqual(['observed | The judge']);
    expect(found('As reported by CNN, the vote was delayed.')).toEqual(['As reported by | CNN']);
    expect(found('And making my own destiny, I would say.')).toEqual(['say | I']);
  });

  it('finds the subject past asides, openings and a lone adverb', () => {
    expect(found('Kerri Kupec, spokeswoman for the department, sharply criticized the decision.')).toEqual(['criticized | Kerri Kupec']);
    expect(found('Citing concerns the plan would fail, some Democrats urged a vote.')).toEqual(['Citing | some Democrats']);
    expect(found('When confronted with the figures, Trump would not commit, claiming fraud.')).toEqual(['claiming | Trump']);
  });

  it('knows the verbs reporters vary "said" with', () => {
    expect(found('The coach conceded that his side needed work.')).toEqual(['conceded | The coach']);
    expect(found('Rittenhouse, in remarks to a newspaper, contended he would have died.')).toEqual(['contended | Rittenhouse']);
    expect(found('In an email, Jorgensen exclaimed: “We made it!”')).toEqual(['exclaimed | Jorgensen']);
    expect(found('Trump countered that the ban saved lives.')).toEqual(['countered | Trump']);
    // "spoke" only with what was said, a colon opening the quotation as well as "that".
    expect(found('Ann Bell of NASA spoke of the work between her agency and its partner: “It is fun.”')).toEqual([
      'spoke | Ann Bell of NASA',
    ]);
    expect(found('Ann Bell spoke to reporters for an hour.')).toEqual([]);
    // A name's particle is the name's.
    expect(found('Mayor de Blasio, a Democrat, spoke on the show: “It is over.”')).toEqual(['spoke | Mayor de Blasio']);
    expect(found('The dissent halted the Florida recounts.')).toEqual([]);
    expect(found('« Pas du tout », a rétorqué le ministre.', 'fr')).toEqual(['a rétorqué | le ministre']);
    expect(found('Il avait alors lâché : « Quel match ! »', 'fr')).toEqual(['avait alors lâché | Il']);
    expect(found('Le navire a lâché ses amarres.', 'fr')).toEqual([]);
  });

  it('reads "claim" as a noun where it is one', () => {
    expect(found('Their claim that the vote was rigged was dismissed.')).toEqual([]);
    expect(found('He filed an insurance claim for the damage.')).toEqual([]);
  });

  it('names the surname an office renames, in French', () => {
    expect(found('La présidente de la Cour des comptes, Mme Claire Dubois, a déclaré : « Les comptes sont sincères ».', 'fr')).toEqual([
      'a déclaré | La présidente de la Cour des comptes',
    ]);
    // « Barroso, le président … se dit »: the office renames the surname; the reflexive is the verb's.
    expect(found('Moreau, le ministre des Finances se dit « confiant ».', 'fr')).toEqual(['dit | Moreau']);
    expect(found('Ensuite, le ministre des Finances a dit que rien ne changeait.', 'fr')).toEqual(['a dit | le ministre des Finances']);
  });

  it('takes the source after the verb where the language puts it there, never the clause before', () => {
    // German, verb second: after a reported clause the subject follows the verb (and the particle of "teilte … mit" closes it).
    expect(found('Der Stadtrat hat am Donnerstag den Bau eines neuen Radwegs beschlossen, teilte die Stadtverwaltung mit.', 'de')).toEqual([
      'teilte | die Stadtverwaltung',
    ]);
    expect(found('Die Stadtverwaltung teilte mit, der Bau beginne im Mai.', 'de')).toEqual(['teilte | Die Stadtverwaltung']);
    // French after what was said: the verb, then its subject, adverbs between them left out.
    expect(found('« Tout à fait ! », répondit alors son complice.', 'fr')).toEqual(['répondit | son complice']);
    expect(found('Les deux partis revendiquent la victoire.', 'fr')).toEqual(['revendiquent | Les deux partis']);
    expect(found('« Les gènes sont endommagés », conclut tout simplement Joji Otaki.', 'fr')).toEqual(['conclut | Joji Otaki']);
    expect(found('Pour Obama, « le problème est connu » dénonce le Président-candidat.', 'fr')).toEqual([
      'dénonce | le Président-candidat',
    ]);
    // An incise after a whole clause: its subject follows it, to the end of the sentence; to whom it was said is not who.
    expect(found('Deux randonneurs sont morts dans la nuit près du refuge, a indiqué la gendarmerie.', 'fr')).toEqual([
      'a indiqué | la gendarmerie',
    ]);
    expect(found('Le pont restera fermé, a précisé au Parisien un porte-parole de la mairie.', 'fr')).toEqual([
      'a précisé | un porte-parole de la mairie',
    ]);
    expect(found('Le chanteur est mort « des suites d’un cancer », a annoncé son agent à l’AFP.', 'fr')).toEqual(['a annoncé | son agent']);
    // A source never opens on a preposition, nor on « où ».
    expect(found('L’opposition socialiste, avec Paul Martin (PS) demanda la comparution du ministre.', 'fr')).toEqual([
      'demanda | L’opposition socialiste',
    ]);
    expect(found('Elle arrive à Québec, où elle demande à être baptisée.', 'fr')).toEqual(['demande | elle']);
    // Verbs joined by « et » share the first one's subject, up to its verb of saying.
    expect(found('Néanmoins, Pastor leur répondit et dénonça leur version.', 'fr')).toEqual(['dénonça | Pastor']);
    expect(found('Pastor leur écrivit un mot et dénonça leur version.', 'fr')).toEqual(['dénonça | Pastor']);
    // Condemning and warning are said, in French as in English.
    expect(found('Le gouvernement a condamné l’attaque.', 'fr')).toEqual(['a condamné | Le gouvernement']);
    expect(found('Le groupe menace de reprendre les combats.', 'fr')).toEqual(['menace | Le groupe']);
    // Whatever the verb of an incise joined to its pronoun: French writers vary it on purpose.
    expect(found('« C’est fini », ironise-t-elle.', 'fr')).toEqual(['ironise | elle']);
    expect(found('Contrairement aux idées reçues, nuance-t-il, le marché progresse.', 'fr')).toEqual(['nuance | il']);
    expect(found('Aussi a-t-il décidé de partir.', 'fr')).toEqual([]);
    // An adverb opening the subject is the verb's; an article elided into a noun is no pronoun.
    expect(found('Mais déjà l’organisation notait une amélioration.', 'fr')).toEqual(['notait | l’organisation']);
    expect(found('Ce sont des représailles de l’organisation, qui affirme « agir au nom de Dieu ».', 'fr')).toEqual([
      'affirme | l’organisation',
    ]);
    // Not after a subject and its relative clause, nor a participle in -ant, nor where words follow the verb.
    expect(found('Les syndicats, qui ont été reçus hier, dénoncent la réforme.', 'fr')).toEqual(['dénoncent | Les syndicats']);
    expect(found('Le maire a démissionné, dénonçant la réforme.', 'fr')).toEqual(['dénonçant | Le maire']);
    expect(found('La route est coupée, a expliqué le préfet, qui a demandé que chacun reste chez soi.', 'fr')).toEqual([
      'a expliqué | le préfet',
    ]);
    // "laut X": the noun phrase, not the clause it opens.
    expect(found('Laut Verwaltung soll der Bau im Frühjahr beginnen.', 'de')).toEqual(['Laut | Verwaltung']);
    expect(found('Laut Angaben der Polizei wurde niemand verletzt.', 'de')).toEqual(['Laut | Angaben der Polizei']);
    // Arabic, verb first ("and the library's director said that …"): the source ends where "that" opens what was said.
    expect(found('وقال مدير المكتبة إن المبنى يضم أكثر من خمسين ألف كتاب.', 'ar')).toEqual(['وقال | مدير المكتبة']);
    expect(found('وأكدت الوزارة أنها ستفتح الطريق.', 'ar')).toEqual(['وأكدت | الوزارة']);
  });

  it('leaves the time out of a source that names when it spoke', () => {
    expect(found("The mayor's office on Monday denied reports of a 'secret' agreement.")).toEqual(["denied | The mayor's office"]);
  });

  it('cuts sentences with Intl.Segmenter, keeping titles such as Ms. inside', () => {
    expect(sentencesOf('Ms. Whitfield spoke. Dr. Lee replied. It ended.', 'en')).toEqual([
      'Ms. Whitfield spoke.',
      'Dr. Lee replied.',
      'It ended.',
    ]);
  });
});
