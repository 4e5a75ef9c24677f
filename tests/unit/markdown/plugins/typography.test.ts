/**
 * The light typography step must give the same output as remark-smartypants (Astro's default,
 * oldschool dashes) on every fixture article and every benchmark template: it replaced it for
 * speed. Except in one rule, on purpose: smartypants deletes marks (`....` becomes `…`, `. . .`
 * becomes `…`); this step never changes how many marks there are, only their shape.
 */
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { normalizeTypography } from '../../../../src/text/normalize.ts';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { curlQuotes, dashesAndEllipses } from '../../../../src/markdown/plugins/typography.ts';
import { renderMarkdown } from '../../../helpers/render.ts';
import { fixtures } from '../../../helpers/build.ts';
import { generateArticles } from '../../../helpers/generate.ts';
import { tmpdir } from 'node:os';

const withSmartypants = await unified({ smartypants: { dashes: 'oldschool' } }).createRenderer({ syntaxHighlight: false } as never);
const plain = await unified({ smartypants: false }).createRenderer({ syntaxHighlight: false } as never);

/** Text of every element, in order: the typography, without our pipeline's other changes. */
async function textOf(render: (md: string) => Promise<string>, markdown: string): Promise<string> {
  return (await render(markdown)).replace(/<[^>]+>/g, '|');
}

const generated = mkdtempSync(join(tmpdir(), 'typography-'));
generateArticles(generated, 8);
const generatedFiles = (readdirSync(generated, { recursive: true }) as string[]).filter((file) => file.endsWith('.md'));

const samples = [
  ...generatedFiles.map((file) => [`benchmark ${file}`, parseFrontmatter(readFileSync(join(generated, file), 'utf8')).content] as const),
  ...readdirSync(fixtures).map((file) => [file, parseFrontmatter(readFileSync(join(fixtures, file), 'utf8')).content] as const),
  [
    'hard cases',
    `He said "'Quoted' words in a larger quote." The '80s, rock 'n' roll, it's 'fine'.\n\n"*Emphasis* inside," she said -- and --- then... and done.\n\n'Single at start' and "double at start".\n\n"A [link](https://x.example)" and "\`code\`" and "#1".`,
  ],
] as const;

describe('typography', () => {
  it.each(samples)('matches remark-smartypants on %s', async (_name, markdown) => {
    const ours = await textOf(async (md) => await renderMarkdown(md), markdown);
    const theirs = await textOf(async (md) => (await withSmartypants.render(md)).code, markdown);
    expect(ours).toBe(theirs);
    // And it did something wherever there was something to do.
    if (/["']/.test(markdown)) expect(ours).not.toBe(await textOf(async (md) => (await plain.render(md)).code, markdown));
  });

  it.each([
    ['"Hello," she said.', '“Hello,” she said.'],
    ["Syria's", 'Syria’s'],
    ["the '90s", 'the ’90s'],
    ['"\'Nested\' quote"', '“‘Nested’ quote”'],
  ])('curls %j as %j', (input, output) => {
    expect(curlQuotes(input)).toBe(output);
  });

  it('turns dashes and dots oldschool, keeping every mark', () => {
    expect(dashesAndEllipses('a -- b --- c... d . . . e')).toBe('a – b — c… d . . . e');
    expect(dashesAndEllipses('The end.... Then ----- more')).toBe('The end.… Then —– more');
  });

  // Text full of the marks typography reshapes, starting with a letter so that no Markdown
  // syntax (a list, a heading) begins a line.
  const marks = fc.string({ unit: fc.constantFrom('a', 'B', '7', ' ', '.', '-', "'", '"', ','), maxLength: 60 }).map((tail) => `x${tail}`);

  it('changes only the shape of marks, never their count (generated text)', () => {
    fc.assert(
      fc.property(marks, (text) => normalizeTypography(dashesAndEllipses(curlQuotes(text))) === normalizeTypography(text)),
      { numRuns: 2000 },
    );
  });

  it('renders every mark of generated text, reshaped at most', async () => {
    await fc.assert(
      fc.asyncProperty(marks, async (text) => {
        const shown = toText(fromHtml(await renderMarkdown(text), { fragment: true }));
        return normalizeTypography(shown) === normalizeTypography(text);
      }),
      { numRuns: 300 },
    );
  });
});
