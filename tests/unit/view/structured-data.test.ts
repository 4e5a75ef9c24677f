import { describe, expect, it } from 'vitest';
import { jsonLd, newsArticle } from '../../../src/view/structured-data.ts';

const facts = {
  title: 'Title </script><script>alert(1)</script>',
  description: 'First sentence.',
  lang: 'fr',
  url: 'https://example.org/articles/a/',
  published: new Date('2024-05-01T00:00:00Z'),
  source: { name: 'Wire', url: 'https://wire.example/a' },
  cited: [{ name: 'SANA', cues: ['told', 'reported'] }],
  quotations: [{ text: '“We will rebuild.”', by: 'Amir Haddad' }],
  siteName: 'News Reader',
};

describe('newsArticle', () => {
  it('is a NewsArticle based on its source, citing whom the text cites', () => {
    expect(newsArticle(facts)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: facts.title,
      description: 'First sentence.',
      inLanguage: 'fr',
      url: 'https://example.org/articles/a/',
      mainEntityOfPage: 'https://example.org/articles/a/',
      datePublished: '2024-05-01T00:00:00.000Z',
      dateModified: '2024-05-01T00:00:00.000Z',
      isBasedOn: 'https://wire.example/a',
      sourceOrganization: { '@type': 'Organization', name: 'Wire', url: 'https://wire.example/a' },
      author: { '@type': 'Organization', name: 'Wire', url: 'https://wire.example/a' },
      publisher: { '@type': 'Organization', name: 'News Reader' },
      citation: [
        { '@type': 'CreativeWork', creditText: 'SANA', description: 'told, reported' },
        { '@type': 'Quotation', text: '“We will rebuild.”', creditText: 'Amir Haddad' },
      ],
    });
  });

  it('leaves out what it does not know, and cites nothing when the text cites no one', () => {
    const bare = newsArticle({ ...facts, url: undefined, published: undefined, source: { name: 'Wire' }, cited: [], quotations: [] });
    expect(Object.keys(bare)).toEqual([
      '@context',
      '@type',
      'headline',
      'description',
      'inLanguage',
      'sourceOrganization',
      'author',
      'publisher',
    ]);
  });

  it('names the byline’s author as a Person, and the site’s logo when its address is known', () => {
    const signed = newsArticle({ ...facts, byline: 'Par Anne Martin', logo: 'https://example.org/favicon.svg' });
    expect(signed.author).toEqual({ '@type': 'Person', name: 'Anne Martin' });
    expect(signed.publisher).toEqual({
      '@type': 'Organization',
      name: 'News Reader',
      logo: { '@type': 'ImageObject', url: 'https://example.org/favicon.svg' },
    });
    expect(newsArticle({ ...facts, byline: 'Anne Martin and Paul Roy' }).author).toEqual({
      '@type': 'Person',
      name: 'Anne Martin and Paul Roy',
    });
  });
});

describe('jsonLd', () => {
  it('cannot close its script element early, and stays the same JSON', () => {
    const text = jsonLd(newsArticle(facts));
    expect(text).not.toMatch(/<\/?script/i);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(newsArticle(facts))));
  });
});
