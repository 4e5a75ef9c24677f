import { describe, expect, it } from 'vitest';
import { htmlBody } from '../../../src/import/body.ts';
import type { Cleanup } from '../../../src/import/cleanup.ts';
import { literalMarkdown } from '../../../src/import/entry.ts';

describe('an HTML body, cleaned', () => {
  it('drops images, unlinks what no reader can reach, cleans the text it finds inside, in document order', () => {
    const cleanup: Cleanup[] = [];
    const body = htmlBody(
      '<p>See <a href="#">the <em>re\u00ADport</em></a> and <a href="https://x.example/">this</a>.<img src="a.png" alt="photo"><br></p>' +
        '<blockquote><ul><li>Item <a href="/rel">here\u200B</a></li></ul><p><b>Bold to the end.<br></b></p></blockquote>',
      cleanup,
    );
    expect(literalMarkdown(body)).toBe('See the *report* and [this](https://x.example/).\n\n> * Item here\n>\n> **Bold to the end.**\n');
    expect(cleanup).toEqual([
      { rule: 'placeholder-link', before: '[the re\u00ADport](#)', after: 'the re\u00ADport' },
      { rule: 'invisible-characters', before: 're\u00ADport', after: 'report' },
      { rule: 'placeholder-link', before: '[here\u200B](/rel)', after: 'here\u200B' },
      { rule: 'invisible-characters', before: 'here\u200B', after: 'here' },
      { rule: 'line-break', before: 'to the end.<br>', after: 'to the end.' },
    ]);
  });
});
