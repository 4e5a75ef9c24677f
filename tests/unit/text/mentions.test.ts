import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../../src/text/mentions.ts';
import { findQuotations, maskQuotations } from '../../../src/text/quotations.ts';

describe('mentionsOf', () => {
  const blocks = [
    'Polish President Andrzej Duda met Senate Minority Leader Chuck Schumer in Warsaw.',
    'The Vice President, Mike Pence, was not there. Duda said little; Schumer spoke at length.',
    'Santa Barbara County Sheriff Bill Brown and Agata Duda, his wife, arrived later.',
    '“Ask Jan Kowalski,” one guest said.',
  ];
  // Read with its quotations masked, as claimsOf reads it: a name a speaker says names no one in the report.
  const mentions = mentionsOf(maskQuotations(blocks, findQuotations(blocks)));

  it('lists each person once, by the longest form of the name, titles aside', () => {
    expect(mentions.people.map(({ name }) => name)).toEqual(['Andrzej Duda', 'Chuck Schumer', 'Mike Pence', 'Bill Brown', 'Agata Duda']);
  });

  it('finds a person by a shorter form, and a shared surname as the person introduced first', () => {
    expect(mentions.person('Schumer')?.name).toBe('Chuck Schumer');
    expect(mentions.person('President Duda')?.name).toBe('Andrzej Duda');
    expect(mentions.person('Agata Duda')?.name).toBe('Agata Duda');
    expect(mentions.person('Kowalski')).toBeUndefined();
  });

  it('finds the one person a title was given to, set before the name or apart from it', () => {
    expect(mentions.titled('the Senate Minority Leader')?.name).toBe('Chuck Schumer');
    expect(mentions.titled('The Vice President')?.name).toBe('Mike Pence');
    expect(mentions.titled('the sheriff')?.name).toBe('Bill Brown');
    expect(mentions.titled('the minister')).toBeUndefined();
  });

  it('names the people of a phrase, and who was named last before a place, surnames alone included', () => {
    expect(mentions.named('Sheriff Bill Brown of Santa Barbara County').map(({ name }) => name)).toEqual(['Bill Brown']);
    const said = blocks[1]!.indexOf('said');
    expect(mentions.before(1, said, 2, 3).map(({ name }) => name)).toEqual(['Andrzej Duda', 'Mike Pence']);
  });

  it('keeps a name of two surnames whole, its shorter forms and an initial as written', () => {
    const spanish = [
      'La journaliste Ana Pastor a été remerciée. Ana Pastor García était connue pour ses interviews.',
      'Néanmoins, Pastor leur répondit ; elle écrivit sur Twitter.',
      'Chief Justice John G. Roberts wrote the opinion.',
    ];
    const found = mentionsOf(spanish);
    expect(found.people.map(({ name }) => name)).toEqual(['Ana Pastor García', 'John G. Roberts']);
    expect(found.person('Pastor')?.name).toBe('Ana Pastor García');
    expect(found.person('Ana Pastor')?.name).toBe('Ana Pastor García');
    // "Pastor" is a title's word too, but here the surname of someone named, with no name after it.
    expect(found.before(1, spanish[1]!.indexOf('elle'), 1, 3).map(({ name }) => name)).toEqual(['Ana Pastor García']);
  });

  it('spells out an acronym by the words whose initials it is, and leaves one spelled two ways unspelled', () => {
    const found = mentionsOf([
      'On Sunday the Kurdish-led Syrian Democratic Forces (SDF) and the Ministry of Foreign Affairs (MFA) met.',
      'L’Organisation mondiale de la santé (OMS) a parlé. The Strategic Defence Force (SDF) and the Joint Task Force (JTF) spoke.',
      'The Joint Task Force (JTF) spoke again. A team (JTF) came.',
    ]);
    expect(found.spelledOut('MFA')).toBe('Ministry of Foreign Affairs');
    expect(found.spelledOut('OMS')).toBe('Organisation mondiale de la santé');
    expect(found.spelledOut('JTF')).toBe('Joint Task Force');
    expect(found.spelledOut('SDF')).toBeUndefined();
    expect(found.spelledOut('UN')).toBeUndefined();
  });

  it('takes no sentence opener, contraction or competition for a person, and a person after a place’s name for the person', () => {
    const found = mentionsOf([
      'So I’m told. Then I’ll go. He won the Coupe du Monde and the World Cup.',
      'Today, former Vice President of the United States Joe Biden spoke. Mais pour B. Obama, non. Barack Obama left.',
    ]);
    expect(found.people.map(({ name }) => name)).toEqual(['Joe Biden', 'Barack Obama']);
  });
});
