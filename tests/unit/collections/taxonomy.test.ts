import { describe, expect, it } from 'vitest';
import { byIndexOrder } from '../../../src/collections/order.ts';
import { byMonth, bySource, byTopic, monthSlug, undated } from '../../../src/collections/taxonomy.ts';
import { sourceSlug } from '../../../src/text/slug.ts';

const entry = (id: string, source: string, published?: string, tags?: string[]) => ({
  id,
  data: { title: id, source: { name: source }, ...(published ? { published: new Date(published) } : {}), ...(tags ? { tags } : {}) },
});
const entries = [
  entry('a', 'Press TV', '2024-03-02', ['Syria', 'Air strikes']),
  entry('b', 'Reuters', '2024-03-20', ['syria']),
  entry('c', 'Press TV', '2023-12-31'),
  entry('d', 'Reuters'),
].sort(byIndexOrder);

describe('filing articles by source, topic and month', () => {
  it('files each article once under its source, newest first', () => {
    const sources = bySource(entries);
    expect([...sources.values()].map(({ slug, name, entries: filed }) => [slug, name, filed.map(({ id }) => id)])).toEqual([
      ['reuters', 'Reuters', ['b', 'd']],
      ['press-tv', 'Press TV', ['a', 'c']],
    ]);
  });

  it('files articles under each of their topics, a topic named as first written', () => {
    const topics = byTopic(entries);
    expect([...topics.values()].map(({ slug, name, entries: filed }) => [slug, name, filed.map(({ id }) => id)])).toEqual([
      ['syria', 'syria', ['b', 'a']],
      ['air-strikes', 'Air strikes', ['a']],
    ]);
  });

  it('files dated articles by month (UTC), and leaves undated ones to their own list, never dated', () => {
    expect([...byMonth(entries).values()].map(({ slug, name, entries: filed }) => [slug, name, filed.map(({ id }) => id)])).toEqual([
      ['2024/03', 'March 2024', ['b', 'a']],
      ['2023/12', 'December 2023', ['c']],
    ]);
    expect(undated(entries).map(({ id }) => id)).toEqual(['d']);
    expect(monthSlug(new Date('2024-01-31T23:30:00-02:00'))).toBe('2024/02');
  });

  it('gives every source an address, even one with no letters', () => {
    expect(sourceSlug('Agence France-Presse')).toBe('agence-france-presse');
    expect(sourceSlug('!!!')).toBe('source');
  });
});
