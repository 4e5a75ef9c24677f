import { describe, expect, it } from 'vitest';
import { readSourceFacts } from '../../../../src/markdown/source.ts';
import { checkMarkup } from '../../../../src/verifier/check/markup.ts';

describe('tags that are no HTML element', () => {
  it('are found where the author wrote them, as written', async () => {
    const facts = await readSourceFacts(
      'Intro.\n\n"<REDACTED> will not be charged," said <name>.\n\nA <b>real</b> tag, `<code>` and \\<escaped>.\n',
      'en',
    );
    expect(facts.unknownTags).toEqual([
      { tag: '<REDACTED>', line: 3 },
      { tag: '<name>', line: 3 },
    ]);
  });

  it('leave nothing to report in ordinary Markdown and HTML', async () => {
    expect(
      (await readSourceFacts('A <em>real</em> tag, <abbr title="x">UN</abbr> and <svg><text>x</text></svg>.', 'en')).unknownTags,
    ).toBeUndefined();
  });

  it('are refused naming the file line and the fix', () => {
    expect(checkMarkup({ unknownTags: [{ tag: '<REDACTED>', line: 9 }] })).toEqual([
      {
        check: 'markup',
        message: 'line 9: <REDACTED> is not an HTML element, so a reader would see nothing of it; write \\<REDACTED> to show it as text',
        expected: '\\<REDACTED>',
        found: '<REDACTED>',
      },
    ]);
  });
});
