import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citedFacts } from '../../../../src/markdown/capture/entry.ts';
import { parallelMarkdownProcessor } from '../../../../src/markdown/threads/processor.ts';
import { claimsOf } from '../../../../src/text/claims.ts';
import type { SourceFacts } from '../../../../src/text/source-facts.ts';

const markdown = 'The mayor said "we will *rebuild*."\n\n> A quoted statement.\n';

async function render(onSource?: (path: string, facts: SourceFacts) => void) {
  const file = join(mkdtempSync(join(tmpdir(), 'render-')), 'a.md');
  writeFileSync(file, markdown);
  const renderer = await parallelMarkdownProcessor({
    site: undefined,
    base: '/',
    publicDir: tmpdir(),
    threads: 1,
    onSource,
  }).createRenderer({});
  const result = await renderer.render(markdown, { frontmatter: { lang: 'en' }, fileURL: pathToFileURL(file) });
  return { file, result };
}

describe('rendering on worker threads', () => {
  it('renders with the site pipeline and keeps the reading facts of the published text', async () => {
    const { result } = await render();
    // The paragraph that credits a source gets an id, for the page's "Who is cited" to link to.
    expect(result.code).toContain('<p id="p1">The mayor said “we will <em>rebuild</em>.”</p>');
    const metadata = result.metadata as Record<string, unknown>;
    expect(metadata.reading).toEqual({ teaser: 'The mayor said “we will rebuild.”', words: 9 });
    expect(citedFacts({ id: 'a', rendered: result })).toEqual({
      sources: [{ name: 'The mayor', cues: [{ cue: 'said', anchor: 'p1' }] }],
      quotations: [{ text: '“we will rebuild.”', by: 'The mayor' }],
      counts: { quotations: 1, blockquotes: 1, attributions: 1, words: 9 },
    });
  });

  it('hands the source, read before sanitising, to whoever asks for it, with the claims found and the words counted in it', async () => {
    const sources = new Map<string, SourceFacts>();
    const { file } = await render((path, facts) => sources.set(path, facts));
    expect([...sources.keys()]).toEqual([file]);
    const blocks = ['The mayor said "we will rebuild."', 'A quoted statement.'];
    expect(sources.get(file)).toEqual({
      blocks,
      blockquotes: ['A quoted statement.'],
      lang: 'en',
      claims: claimsOf(blocks, 'en'),
      words: 9,
    });
  });
});
