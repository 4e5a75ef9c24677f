import { describe, expect, it } from 'vitest';
import { articleSchema, parseCalendarDate } from '../../../src/schema/article.ts';
import { topicSlug } from '../../../src/text/slug.ts';

const valid = { title: 'A title', source: { name: 'Wire' } };
const errors = (data: unknown) => {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('article schema', () => {
  it('accepts the minimum and fills the language', () => {
    expect(articleSchema.parse(valid)).toEqual({ ...valid, lang: 'en' });
  });

  it('accepts every field', () => {
    const data = articleSchema.parse({
      ...valid,
      source: { name: 'Wire', url: 'https://wire.example/a' },
      published: '2024-11-17',
      retrieved: new Date('2024-11-18T10:00:00Z'),
      lang: 'pt-br',
      summary: 'A summary.',
      byline: 'By Jane Doe',
      updated: '2024-11-19',
      tags: ['Air strikes', 'Syria'],
      corrections: [{ date: '2024-11-20', text: 'An earlier version gave the wrong province.' }],
    });
    expect(data.published).toEqual(new Date('2024-11-17T00:00:00Z'));
    expect(data.lang).toBe('pt-BR');
    expect(data.updated).toEqual(new Date('2024-11-19T00:00:00Z'));
    expect(data.corrections).toEqual([{ date: new Date('2024-11-20T00:00:00Z'), text: 'An earlier version gave the wrong province.' }]);
  });

  it('slugs topics for their addresses and refuses two that would share one', () => {
    expect(topicSlug('Air strikes')).toBe('air-strikes');
    expect(errors({ ...valid, tags: ['Air strikes', 'air-strikes'] })).toEqual([
      'tags: tags "Air strikes" and "air-strikes" are the same topic (both /topics/air-strikes/); keep one',
    ]);
    expect(errors({ ...valid, tags: ['!!!'] })).toEqual(['tags: tag "!!!" has no letters or digits to make an address from']);
    expect(errors({ ...valid, tags: 'Syria' })).toEqual(['tags: tags must be a list of topics, such as [Syria, Air strikes]']);
    expect(errors({ ...valid, tags: ['Syria', ''] })).toEqual(['tags.1: tags[] must not be empty']);
  });

  it('refuses a correction without its date or text, naming the field', () => {
    expect(errors({ ...valid, corrections: [{ text: 'x' }] })).toEqual([
      'corrections.0.date: corrections[].date must be a date such as 2024-11-17',
    ]);
    expect(errors({ ...valid, corrections: [{ date: '2024-01-01', txt: 'x' }] })).toEqual([
      'corrections.0.text: corrections[].text is required and must be text',
      'corrections.0: unknown field "corrections[].txt"; a typo? Allowed: corrections[].date, corrections[].text',
    ]);
  });

  it.each([
    [{ source: { name: 'Wire' } }, 'title: title is required and must be text'],
    [{ title: '  ', source: { name: 'Wire' } }, 'title: title must not be empty'],
    [{ title: 'T' }, 'source: source is required: give at least `source: { name: ... }`'],
    [{ title: 'T', source: { name: '' } }, 'source.name: source.name must not be empty'],
    [
      { ...valid, source: { name: 'W', url: 'javascript:alert(1)' } },
      'source.url: source.url must be an absolute http:// or https:// URL (leave it out when unknown)',
    ],
    [
      { ...valid, source: { name: 'W', url: '#' } },
      'source.url: source.url must be an absolute http:// or https:// URL (leave it out when unknown)',
    ],
    [
      { ...valid, source: { name: 'W', url: '/relative' } },
      'source.url: source.url must be an absolute http:// or https:// URL (leave it out when unknown)',
    ],
    [
      { ...valid, published: '2024-02-30' },
      'published: published "2024-02-30" is not a real date; write it as YYYY-MM-DD (optionally with a time)',
    ],
    [
      { ...valid, retrieved: 'yesterday' },
      'retrieved: retrieved "yesterday" is not a real date; write it as YYYY-MM-DD (optionally with a time)',
    ],
    [{ ...valid, lang: 'not a tag' }, 'lang: lang "not a tag" is not a BCP 47 language tag (e.g. "en", "ar", "pt-BR")'],
    [
      { ...valid, publised: '2024-01-01' },
      ': unknown field "publised"; a typo? Allowed: title, source, byline, published, updated, retrieved, lang, summary, tags, corrections, original, versions, cleanup',
    ],
    [{ ...valid, source: { name: 'W', link: 'x' } }, 'source: unknown field "source.link"; a typo? Allowed: source.name, source.url'],
  ])('rejects %j', (data, message) => {
    expect(errors(data)).toEqual([message]);
  });

  it('reads calendar dates strictly', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(parseCalendarDate('2023-02-29')).toBeUndefined();
    expect(parseCalendarDate('2024-11-17T25:00:00Z')).toBeUndefined();
    expect(parseCalendarDate('2024-11-17T08:30:00+02:00')).toEqual(new Date('2024-11-17T06:30:00Z'));
  });
});
