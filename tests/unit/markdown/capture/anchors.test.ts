import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { takeCaptured } from '../../../../src/markdown/capture/store.ts';
import { siteMarkdownProcessor } from '../../../../src/markdown/pipeline.ts';

const renderer = await siteMarkdownProcessor({ site: undefined, base: '/', publicDir: tmpdir(), capture: { source: true } }).createRenderer(
  {},
);

let files = 0;
async function render(markdown: string) {
  const file = join(tmpdir(), `capture-${process.pid}-${files++}.md`);
  const result = await renderer.render(markdown, { frontmatter: { lang: 'en' }, fileURL: pathToFileURL(file) });
  return { html: result.code, cited: takeCaptured(file).cited! };
}

/** Each source's cues with the anchor they link to. */
const anchorsOf = (cited: Awaited<ReturnType<typeof render>>['cited']) =>
  cited.sources.map(({ name, cues }) => [name, cues.map(({ anchor }) => anchor)]);

describe('anchors for the blocks that credit a source', () => {
  it('go on the paragraph a block is, found by its letters whatever the typography', async () => {
    const { html, cited } = await render(
      'Nothing is claimed here.\n\n"We will rebuild -- soon," the mayor said.\n\nSANA reported a strike.\n',
    );
    expect(html).toContain('<p id="p2">“We will rebuild – soon,” the mayor said.</p>');
    expect(html).toContain('<p id="p3">SANA reported a strike.</p>');
    expect(html).toContain('<p>Nothing is claimed here.</p>');
    expect(anchorsOf(cited)).toEqual([
      ['the mayor', ['p2']],
      ['SANA', ['p3']],
    ]);
  });

  it('go on the list item, not on the list, and on the item of each block', async () => {
    const { html, cited } = await render(
      '- Police said the road is closed.\n- Nobody is quoted.\n- Residents told reporters they were fine.\n',
    );
    expect(html).toContain('<li id="p1">Police said the road is closed.</li>');
    expect(html).toContain('<li id="p3">Residents told reporters they were fine.</li>');
    expect(anchorsOf(cited)).toEqual([
      ['Police', ['p1']],
      ['Residents', ['p3']],
    ]);
  });

  it('go on the element a block starts inside of, after a line break', async () => {
    const { html, cited } = await render('A first line.  \nThe minister said it was over.\n');
    expect(html).toContain('<p id="p2">A first line.<br>\nThe minister said it was over.</p>');
    expect(anchorsOf(cited)).toEqual([['The minister', ['p2']]]);
  });

  it("keep an element's own id and link to it", async () => {
    const { html, cited } = await render('<p id="lead">The agency reported a fire.</p>\n');
    expect(html).toContain('<p id="user-content-lead">The agency reported a fire.</p>');
    expect(anchorsOf(cited)).toEqual([['The agency', ['user-content-lead']]]);
  });
});
