import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalMarkdown } from '../../../../src/import/entry.ts';
import { bodyFacts } from '../../../../src/import/imported.ts';
import { readNinjs } from '../../../../src/import/readers/ninjs.ts';
import { normalizeTypography } from '../../../../src/text/normalize.ts';
import { root } from '../../../helpers/build.ts';
import { shownParagraphs } from '../../../helpers/render.ts';
import { escapeHtml, syntaxParagraph } from '../../../helpers/literal.ts';

const text = readFileSync(join(root, 'tests/fixtures/import/feeds/example-press.json'), 'utf8');
const story = (fields: Record<string, unknown>) =>
  JSON.stringify({
    uri: 'urn:newsml:example.org:1',
    headlines: [{ value: 'Headline' }],
    bodies: [{ value: 'Text.' }],
    infoSources: [{ name: 'Wire' }],
    ...fields,
  });

describe('the ninjs reader', () => {
  it('maps a wire story: main headline, the HTML body over the plain one, by, infoSources, firstCreated, uri', () => {
    const [mine, rail] = readNinjs(text, 'example-press.json');
    expect(mine!.label).toBe('item 1 (http://example-press.example/2026/04/07/0001)');
    expect(mine!.id).toBe('http://example-press.example/2026/04/07/0001');
    expect(mine!.article).toMatchObject({
      title: 'Mine rescue reaches trapped workers',
      source: { name: 'Example Press' },
      byline: 'Sara Novak',
      published: '2026-04-07T06:00:00Z',
      lang: 'en',
    });
    expect(bodyFacts(mine!.article!, 'en').blocks).toEqual([
      'OSTRAVA, Czech Republic (EP) — Rescuers reached the seven trapped miners early on Tuesday, the mining company said.',
      '“All seven are alive and talking,” rescue chief Petr Kral told Example Press.',
    ]);
    // No firstCreated: the version's date; a plain body in paragraphs.
    expect(rail!.article).toMatchObject({ title: 'Rail strike called off', published: '2026-04-07T10:30:00Z' });
    expect(bodyFacts(rail!.article!, 'en').blocks).toHaveLength(2);
  });

  it('keeps each story of a list as the list cut to it alone, which reads back as that story; a lone story is its file', () => {
    const stories = readNinjs(text, 'example-press.json');
    for (const one of stories) {
      const [again, ...more] = readNinjs(one.original as string, 'cut.json');
      expect(more).toEqual([]);
      expect(again!.article).toEqual(one.article);
      expect(again!.item).toBe(one.item);
      expect(JSON.parse(one.original as string)).toHaveLength(1);
    }
    const single = story({});
    expect(readNinjs(single, 'one.json')[0]!.original).toBe(single);
  });

  it('credits the copyright holder when no info source is named, and a given name over both', () => {
    expect(readNinjs(story({ infoSources: undefined, copyrightHolder: 'Agency' }), 'a.json')[0]!.article!.source.name).toBe('Agency');
    expect(readNinjs(story({}), 'a.json', { sourceName: 'Given' })[0]!.article!.source.name).toBe('Given');
  });

  it.each([
    ['no uri', { uri: undefined }, 'a.json: not ninjs 3.x: uri: is required'],
    [
      'a body that is not text',
      { bodies: [{ value: 3 }] },
      'a.json (urn:newsml:example.org:1): not ninjs 3.x: bodies[0].value: must be string',
    ],
    ['a date that is no date-time', { firstCreated: 'yesterday' }, 'not ninjs 3.x: firstCreated: must match format "date-time"'],
    ['an unknown news type', { type: 'poem' }, 'not ninjs 3.x: type: must be equal to one of the allowed values'],
    ['a headline without a value', { headlines: [{ role: 'main' }] }, 'not ninjs 3.x: headlines[0].value: is required'],
    ['no body', { bodies: [] }, 'a.json (urn:newsml:example.org:1): no text: bodies holds no body'],
    ['no credit', { infoSources: [] }, 'no credit: no infoSources name and no copyrightHolder; give --source-name'],
  ])('refuses a story with %s, naming the field', (_name, fields, message) => {
    expect(() => readNinjs(story(fields), 'a.json')).toThrow(message);
  });

  it('names the story of a list that fails', () => {
    const list = `[${story({})}, ${story({ uri: 'urn:2', bodies: [{}] })}]`;
    expect(() => readNinjs(list, 'list.json')).toThrow('list.json item 2 (urn:2): not ninjs 3.x: bodies[0].value: is required');
  });

  it('reads generated text full of syntax in an HTML body as itself on the page', async () => {
    await fc.assert(
      fc.asyncProperty(syntaxParagraph, async (paragraph) => {
        const [item] = readNinjs(story({ bodies: [{ contentType: 'text/html', value: `<p>${escapeHtml(paragraph)}</p>` }] }), 'a.json');
        const shown = await shownParagraphs(literalMarkdown(item!.article!.body));
        expect(shown.map(normalizeTypography)).toEqual([normalizeTypography(paragraph)]);
      }),
      { numRuns: 100 },
    );
  });
});
