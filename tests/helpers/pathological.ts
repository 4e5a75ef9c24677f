/**
 * The CommonMark pathological inputs and a very large article, as article bodies: shared by the
 * build tests (what the site does with each) and bench/hostile.ts (what each costs).
 */
export interface Pathological {
  name: string;
  body: string;
  /** Whether the site publishes it (true) or refuses it before any parser runs (false). */
  published: boolean;
}

export function pathologicalBodies(): Pathological[] {
  const paragraph = 'The ministry said "we will rebuild the bridge" on Monday, according to SANA. '.repeat(20);
  return [
    { name: '10,000 nested blockquotes', body: `${'>'.repeat(10_000)} deep\n`, published: false },
    { name: '50,000 brackets in a paragraph', body: `${'['.repeat(50_000)}a${']'.repeat(50_000)}\n`, published: false },
    { name: 'lists nested 2,000 deep', body: Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'), published: false },
    {
      name: 'emphasis, backtick and link runs',
      body: `${'*a '.repeat(5000)}\n\n${'`'.repeat(5000)}a${'``'.repeat(2500)}\n\n${'[a](b '.repeat(800)}\n`,
      published: true,
    },
    {
      name: 'a 5 MB article',
      body: Array.from({ length: Math.ceil(5e6 / paragraph.length) }, () => paragraph).join('\n\n'),
      published: true,
    },
    {
      // Scraped text with its line breaks lost: every quotation, cue and name in one paragraph.
      name: 'a 5 MB article in one paragraph',
      body: 'President Andrzej Duda said "we will rebuild" on Monday, and he told reporters "soon". Duda added more. '.repeat(
        Math.ceil(5e6 / 104),
      ),
      published: true,
    },
  ];
}
