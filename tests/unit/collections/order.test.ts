import { describe, expect, it } from 'vitest';
import { byIndexOrder } from '../../../src/collections/order.ts';

describe('index order', () => {
  const entry = (id: string, published?: string) => ({ id, data: { title: id, published: published ? new Date(published) : undefined } });
  it('puts the newest first and undated last, by title', () => {
    const sorted = [entry('b'), entry('old', '2020-01-01'), entry('a'), entry('new', '2024-01-01')].sort(byIndexOrder);
    expect(sorted.map((e) => e.id)).toEqual(['new', 'old', 'a', 'b']);
  });
});
