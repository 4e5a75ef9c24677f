import { describe, expect, it } from 'vitest';
import { alignWords, wordsOf } from '../../src/verifier/words.ts';

describe('alignWords', () => {
  const source = wordsOf('Twenty civilians, including women and children, were killed in Hajin.', 'en');

  it('matches identical text regardless of typography', () => {
    const page = wordsOf('Twenty civilians,  including women and children, were killed in Hajin.', 'en');
    expect(alignWords(source, page)).toEqual({ total: 10, matched: 10, changes: [] });
  });

  it('reports a lost word with where it was', () => {
    const page = wordsOf('Twenty civilians, including children, were killed in Hajin.', 'en');
    expect(alignWords(source, page).changes).toEqual([{ kind: 'lost', expected: 'women and', found: '', context: 'Twenty civilians including' }]);
  });

  it('reports an added and a changed word', () => {
    const page = wordsOf('Twenty civilians, including many women and children, were killed in Raqqa.', 'en');
    expect(alignWords(source, page).changes.map((c) => [c.kind, c.expected, c.found])).toEqual([
      ['added', '', 'many'],
      ['changed', 'Hajin', 'Raqqa'],
    ]);
  });

  it('counts order, not just the bag of words', () => {
    const page = wordsOf('Hajin in killed were children and women including civilians Twenty', 'en');
    expect(alignWords(source, page).matched).toBeLessThan(source.length);
  });

  it('segments scripts without spaces', () => {
    expect(wordsOf('افتتحت البلدية مكتبة', 'ar')).toEqual(['افتتحت', 'البلدية', 'مكتبة']);
  });
});
