import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalMarkdown } from '../../../../src/import/entry.ts';
import { bodyFacts } from '../../../../src/import/imported.ts';
import { planImport, writePlan } from '../../../../src/import/plan.ts';
import { readFeed } from '../../../../src/import/readers/feed.ts';
import { normalizeTypography } from '../../../../src/text/normalize.ts';
import { root } from '../../../helpers/build.ts';
import { shownParagraphs } from '../../../helpers/render.ts';
import { escapeHtml, syntaxParagraph } from '../../../helpers/literal.ts';

const fixtures = join(root, 'tests/fixtures/import/feeds');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const blocks = (item: ReturnType<typeof readFeed>[number]) => bodyFacts(item.article!, 'en').blocks;

describe('the feed reader', () => {
  it('reads each RSS item as an article credited to its channel, with its guid, author and date', () => {
    const items = readFeed(fixture('harbour-wire.rss'), 'harbour-wire.rss');
    expect(items.map(({ label, id }) => ({ label, id }))).toEqual([
      { label: 'item 1 (https://harbourwire.example/2026/04/port-reopens)', id: 'https://harbourwire.example/2026/04/port-reopens' },
      { label: 'item 2 (hw-2026-0412)', id: 'hw-2026-0412' },
    ]);
    expect(items[0]!.article).toMatchObject({
      title: 'Port reopens after the storm',
      source: { name: 'Harbour Wire', url: 'https://harbourwire.example/2026/04/port-reopens' },
      byline: 'Ana Ruiz',
      published: '2026-04-07T09:30:00Z',
      lang: 'en',
    });
    expect(blocks(items[0]!)).toEqual([
      'The port reopened on Tuesday morning, three days after the storm, the harbour master said.',
      '“Ships can come in again, but slowly,” Captain Lena Holt told reporters at the quay.',
      'According to the coast guard, two fishing boats are still missing.',
    ]);
    // An RSS author is an address with the name in brackets: the name only. An RFC 822 date: the same instant.
    expect(items[1]!.article).toMatchObject({
      title: 'Ferry timetable cut & fares frozen',
      byline: 'Tom Lee',
      published: '2026-04-06T14:05:00Z',
    });
    expect(items[1]!.article!.source).toEqual({ name: 'Harbour Wire' });
    expect(blocks(items[1]!)).toEqual([
      'The ferry company will run four crossings a day until May, its spokesman said on Monday.',
      'Fares stay at last year’s level.',
    ]);
  });

  it('reads Atom entries: HTML and text content, an HTML title as its text, authors joined, the feed’s language', () => {
    const [dam, bridge] = readFeed(fixture('valley-post.atom'), 'valley-post.atom');
    expect(dam!.article).toMatchObject({
      title: 'Dam gates open as the river rises',
      source: { name: 'Valley Post', url: 'https://valleypost.example/dam-gates-open' },
      byline: 'Mia Chen and Omar Haddad',
      published: '2026-04-07T08:15:00Z',
      lang: 'en',
    });
    expect(literalMarkdown(dam!.article!.body)).toContain('> “The water is at its highest level in a decade,”');
    // `type="text"` content is text in paragraphs; an entry without an author has the feed's.
    expect(bridge!.article).toMatchObject({ title: 'Old bridge reopens to cars', byline: 'Valley Post newsroom' });
    expect(bridge!.article!.published).toBeUndefined();
    expect(blocks(bridge!)).toEqual([
      'The old bridge reopened to cars on Monday after repairs, the town council said.',
      'Lorries must still take the ring road, council member Rosa Diaz told the Valley Post.',
    ]);
  });

  it('reads JSON Feed items: content_html, else content_text, with the feed’s language', () => {
    const [rocket, market] = readFeed(fixture('le-courrier.json'), 'le-courrier.json');
    expect(rocket!.article).toMatchObject({
      title: 'La fusée Ariane a décollé',
      source: { name: 'Le Courrier', url: 'https://courrier.example/2026/04/07/fusee' },
      byline: 'Anne Martin',
      published: '2026-04-07T07:50:00+02:00',
      lang: 'fr',
    });
    expect(market!.id).toBe('2');
    expect(blocks(market!)).toEqual([
      'Le marché couvert a rouvert ses portes samedi, a annoncé la mairie.',
      'Les commerçants, selon leur syndicat, attendent plus de monde cet été.',
    ]);
  });

  it.each(['harbour-wire.rss', 'valley-post.atom', 'le-courrier.json'])(
    'keeps each item of %s as the feed cut to it alone, which reads back as that item',
    (name) => {
      const text = fixture(name);
      const items = readFeed(text, name);
      for (const item of items) {
        const cut = item.original as string;
        const [again, ...more] = readFeed(cut, `${name} cut`);
        expect(more).toEqual([]);
        expect(again!.article).toEqual(item.article);
        expect(again!.item).toBe(item.item);
        // Nothing of the other items' words, every byte of its own.
        for (const other of items.filter((one) => one !== item)) expect(cut).not.toContain(other.article!.title);
        expect(text.includes(cut.slice(cut.indexOf(item.article!.title.slice(0, 12)), -40))).toBe(true);
      }
    },
  );

  it.each([
    ['a truncated feed', (text: string) => text.slice(0, 900), /^f\.rss: not a well-formed feed: /],
    ['a page, not a feed', () => '<html><body><p>Hi</p></body></html>', /^f\.rss: not an RSS, Atom or JSON feed/],
    [
      'an item without text',
      (text: string) => text.replace(/<description>&lt;p&gt;The ferry[^]*?<\/description>/, ''),
      'f.rss item 2 (hw-2026-0412): no text',
    ],
    // The first item is credited to the host of its own address; the second has none.
    [
      'a feed without a credit',
      (text: string) => text.replace('<title>Harbour Wire</title>', '').replace('<link>https://harbourwire.example/</link>', ''),
      'f.rss item 2 (hw-2026-0412): no credit',
    ],
    ['a feed without items', (text: string) => text.replace(/<item>[^]*<\/item>/, ''), 'f.rss: the feed has no items'],
  ])('refuses %s, naming the file and the item', (_name, edit, message) => {
    expect(() => readFeed(edit(fixture('harbour-wire.rss')), 'f.rss')).toThrow(message);
  });

  it('refuses broken JSON, naming the line', () => {
    expect(() => readFeed('{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [,]\n}', 'f.json')).toThrow(
      /^f\.json: not JSON: ValueExpected at line 3$/,
    );
  });

  /** The fixture feed imported once into a folder; `fetch(edit)` imports the feed again, edited, and returns the plan. */
  async function imported() {
    const dir = mkdtempSync(join(tmpdir(), 'feed-again-'));
    const input = join(dir, 'wire.rss');
    const text = fixture('harbour-wire.rss');
    const options = { cwd: dir, out: 'content/articles' };
    const fetch = async (edit: (feed: string) => string = (feed) => feed) => {
      writeFileSync(input, edit(text));
      const plan = await planImport([input], options);
      writePlan(plan);
      return plan;
    };
    await fetch();
    return { dir, fetch };
  }
  /** The next fetch of the feed: a new build date around the same items. */
  const rebuilt = (feed: string) => feed.replace('Tue, 07 Apr 2026 18:00:00 GMT', 'Wed, 08 Apr 2026 06:00:00 GMT');

  it('keeps a changed item as a new version, and an item the feed brings again unchanged as it was', async () => {
    const { fetch } = await imported();
    // The first item edited, the second as it was.
    const plan = await fetch((feed) => rebuilt(feed).replace('slowly', 'very slowly'));
    expect(plan.articles.map(({ input: item, status }) => [item.split(' ').slice(1, 3).join(' '), status])).toEqual([
      ['item 1', 'changed'],
      ['item 2', 'unchanged'],
    ]);
  });

  it('restores a lost original only from the very bytes the entry records, never from another cut of its item', async () => {
    const { dir, fetch } = await imported();
    const kept = join(dir, 'content/originals/port-reopens-after-the-storm.rss');
    const bytes = readFileSync(kept);
    rmSync(kept);
    // Its cut from the next fetch is not the one recorded.
    await fetch(rebuilt);
    expect(existsSync(kept)).toBe(false);
    await fetch();
    expect(readFileSync(kept)).toEqual(bytes);
  });

  it('reads generated text full of syntax, in each feed format, as itself on the page', async () => {
    const feeds = {
      rss: (p: string) =>
        `<rss version="2.0"><channel><title>W</title><item><title>T</title><description>${escapeHtml(`<p>${escapeHtml(p)}</p>`)}</description></item></channel></rss>`,
      atom: (p: string) =>
        `<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><title>T</title><id>x</id><content type="html">${escapeHtml(`<p>${escapeHtml(p)}</p>`)}</content></entry></feed>`,
      json: (p: string) =>
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'W',
          items: [{ id: '1', title: 'T', content_html: `<p>${escapeHtml(p)}</p>` }],
        }),
    };
    await fc.assert(
      fc.asyncProperty(
        syntaxParagraph,
        fc.constantFrom(...(Object.keys(feeds) as Array<keyof typeof feeds>)),
        async (paragraph, format) => {
          const [item] = readFeed(feeds[format](paragraph), `f.${format}`);
          const shown = await shownParagraphs(literalMarkdown(item!.article!.body));
          expect(shown.map(normalizeTypography)).toEqual([normalizeTypography(paragraph)]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
