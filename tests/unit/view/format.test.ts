import { describe, expect, it } from 'vitest';
import { bylineNames, readingMinutes, textDirection } from '../../../src/view/format.ts';
import { firstParagraph } from '../../../src/markdown/capture/entry.ts';
import { countWords, firstSentence } from '../../../src/text/segment.ts';

describe('text helpers', () => {
  it('finds the first sentence of the first paragraph, leaving out HTML and headings', () => {
    const body = '## Heading\n\n<div>raw</div>\n\nFirst *sentence* here. Second one.\n\nMore.';
    expect(firstSentence(firstParagraph(body), 'en')).toBe('First sentence here.');
  });

  it('counts words in any script and rounds reading time up to a minute', () => {
    expect(countWords('One two, three.', 'en')).toBe(3);
    expect(countWords('افتتحت البلدية مكتبة', 'ar')).toBe(3);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
  });

  it.each([
    ['ar', 'rtl'],
    ['fa', 'rtl'],
    ['he', 'rtl'],
    ['ur', 'rtl'],
    ['en', 'ltr'],
    ['fr-CA', 'ltr'],
  ])('direction of %s is %s', (lang, dir) => expect(textDirection(lang)).toBe(dir));
});

describe('bylineNames', () => {
  it('leaves out the word that introduces the names, and nothing else', () => {
    expect(['By Jane Doe', 'Par Anne Martin', 'von Max Weber', 'Jane Doe and John Roe', 'Byron Lee', 'By'].map(bylineNames)).toEqual([
      'Jane Doe',
      'Anne Martin',
      'Max Weber',
      'Jane Doe and John Roe',
      'Byron Lee',
      'By',
    ]);
  });
});
