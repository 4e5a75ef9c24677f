/**
 * Astro appends rehype-raw to every render; the site's processor turns that one off and re-parses
 * only articles that had raw HTML. Renders must be byte for byte what they were with Astro's: on
 * the fixture articles, and on every XSS vector, raw HTML of every kind, alone and inside a
 * paragraph, a list and a table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { siteMarkdownProcessor } from '../../../src/markdown/pipeline.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const options = { site: 'https://news.example.org', base: '/', publicDir: join(root, 'public') };
const shared = { syntaxHighlight: false } as never;

const site = await siteMarkdownProcessor(options).createRenderer(shared);
// The same processor with Astro's trailing rehype-raw left on: without the site's last plugin.
const withRaw = siteMarkdownProcessor(options);
expect(withRaw.options.rehypePlugins.pop()).toEqual([expect.any(Function), false]);
const astroRaw = await withRaw.createRenderer(shared);

const fixtures = join(root, 'tests/fixtures/articles');
const articles = readdirSync(fixtures)
  .filter((name) => name.endsWith('.md'))
  .map((name) => [name, parseFrontmatter(readFileSync(join(fixtures, name), 'utf8')).content] as const);
const vectors = (
  JSON.parse(readFileSync(join(root, 'tests/fixtures/xss/dompurify-xss.json'), 'utf8')) as { vectors: Array<{ payload: string }> }
).vectors.map(({ payload }, i): readonly [string, string] => [
  `vector ${i}`,
  `${payload}\n\nThe mayor said ${payload} "we will rebuild."\n\n- ${payload}\n\n| a | b |\n| - | - |\n| ${payload.replace(/[|\n]/g, ' ')} | c |\n`,
]);

describe("Astro's trailing rehype-raw, turned off", () => {
  it.each([...articles, ...vectors])('renders %s as it would have with it', async (_, markdown) => {
    const [ours, theirs] = await Promise.all([site.render(markdown), astroRaw.render(markdown)]);
    expect(ours.code).toBe(theirs.code);
  });
});
