import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyFacts, paragraphsTree } from '../../../src/import/imported.ts';
import { literalMarkdown } from '../../../src/import/entry.ts';
import { planImport, writePlan } from '../../../src/import/plan.ts';
import { readScrapedText } from '../../../src/import/readers/scraped-text.ts';
import { normalizeTypography } from '../../../src/text/normalize.ts';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { root } from '../../helpers/build.ts';
import { shownParagraphs } from '../../helpers/render.ts';

const sentencesFile = join(root, 'tests/fixtures/import/literal-sentences.txt');

describe('literal text stays literal', () => {
  const article = readScrapedText(readFileSync(sentencesFile, 'utf8'), 'literal-sentences.txt');
  const paragraphs = bodyFacts(article, 'en').blocks;

  it(`${paragraphs.length} sentences full of Markdown syntax read on the page exactly as written`, async () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(30);
    // The one change: a scraper's entity, decoded once (the page shows "AT&T", as the report did).
    expect(article.cleanup).toEqual([{ rule: 'html-entities', before: '&amp;', after: '&' }]);
    const shown = await shownParagraphs(literalMarkdown(article.body));
    expect(shown.map(normalizeTypography)).toEqual(paragraphs.map(normalizeTypography));
  });

  it('the same sentences, one a row of a CSV file, each read on its page exactly as written', async () => {
    const inputs = mkdtempSync(join(tmpdir(), 'inputs-'));
    const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
    const rows = paragraphs.map((sentence, i) => `${quoted(`Sentence ${i + 1}`)},${quoted(sentence)},Example Wire`);
    writeFileSync(join(inputs, 'sentences.csv'), `title,text,source\n${rows.join('\n')}\n`);
    const planned = await importInto([join(inputs, 'sentences.csv')]).plan();
    expect(planned.skipped).toEqual([]);
    const entries = [...planned.writes.entries()].filter(([path]) => path.endsWith('.md')).map(([, text]) => text as string);
    expect(entries).toHaveLength(paragraphs.length);
    const shown = await Promise.all(entries.map(async (entry) => (await shownParagraphs(parseFrontmatter(entry).content)).join('\n')));
    // One row holds "AT&amp;T": the entity is decoded once, and logged, as from the text file.
    expect(shown.map(normalizeTypography).sort()).toEqual(paragraphs.map(normalizeTypography).sort());
  });

  // Text made of the characters CommonMark and GFM read as syntax, anywhere in a line.
  const syntax = fc.string({
    unit: fc.constantFrom(
      '*',
      '_',
      '~',
      '`',
      '|',
      '<',
      '>',
      '[',
      ']',
      '(',
      ')',
      '#',
      '+',
      '-',
      '1',
      '.',
      '!',
      '&',
      'amp;',
      ':',
      '\\',
      '=',
      ' ',
      '    ',
      'a',
      'B',
      'é',
      '"',
      "'",
      'http://x.y',
    ),
    minLength: 1,
    maxLength: 40,
  });

  it('generated text full of syntax renders as itself', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(syntax, { minLength: 1, maxLength: 3 }), async (lines) => {
        const paragraphs = lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
        fc.pre(paragraphs.length > 0);
        const shown = await shownParagraphs(literalMarkdown(paragraphsTree(paragraphs)));
        expect(shown.map(normalizeTypography)).toEqual(paragraphs.map(normalizeTypography));
      }),
      { numRuns: 400 },
    );
  });
});

function importInto(inputs: string[], extra: Partial<Parameters<typeof planImport>[1]> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  const options = { cwd: dir, out: 'content/articles', ...extra };
  return {
    dir,
    run: async (paths = inputs) => writePlan(await planImport(paths, options)),
    plan: (paths = inputs) => planImport(paths, options),
  };
}
