import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parallelMarkdownProcessor } from '../../src/markdown/parallel-processor.ts';
import { buildSourceFacts, sourceCapture } from '../../src/verifier/source-facts.ts';

const markdown = 'The mayor said "we will *rebuild*."\n\n> A quoted statement.\n';

async function render(wanted: boolean) {
  sourceCapture.wanted = wanted;
  const file = join(mkdtempSync(join(tmpdir(), 'render-')), 'a.md');
  writeFileSync(file, markdown);
  const renderer = await parallelMarkdownProcessor({ site: undefined, base: '/', publicDir: tmpdir() }, 1).createRenderer({});
  const result = await renderer.render(markdown, { frontmatter: { lang: 'en' }, fileURL: pathToFileURL(file) });
  return { file, result };
}

afterEach(() => {
  sourceCapture.wanted = false;
  buildSourceFacts.clear();
});

describe('rendering on worker threads', () => {
  it('renders with the site pipeline and keeps the reading facts of the published text', async () => {
    const { result } = await render(false);
    expect(result.code).toContain('<p>The mayor said “we will <em>rebuild</em>.”</p>');
    expect((result.metadata as Record<string, unknown>).reading).toEqual({ teaser: 'The mayor said “we will rebuild.”', words: 9 });
  });

  it('captures the source for the verifier only when the verifier asks for it', async () => {
    const without = await render(false);
    expect(buildSourceFacts.has(without.file)).toBe(false);
    const withVerifier = await render(true);
    expect(buildSourceFacts.get(withVerifier.file)).toEqual({
      blocks: ['The mayor said "we will rebuild."', 'A quoted statement.'],
      blockquotes: ['A quoted statement.'],
      lang: 'en',
    });
  });
});
