import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalMarkdown } from '../../../../src/import/entry.ts';
import type { OriginalItem, WrittenArticle } from '../../../../src/import/imported.ts';
import { planImport, writePlan } from '../../../../src/import/plan.ts';
import { originalShownText, readOriginal } from '../../../../src/import/readers/index.ts';
import { readInput } from '../../../../src/import/files.ts';
import { archiveBytes, chunked, newsPage, type ArchivedResource } from '../../../helpers/archives.ts';
import { shownParagraphs } from '../../../helpers/render.ts';
import { escapeHtml, syntaxParagraph } from '../../../helpers/literal.ts';
import { normalizeTypography } from '../../../../src/text/normalize.ts';

const quarry = {
  url: 'https://ridgeline.example/news/quarry',
  body: newsPage({
    title: 'Quarry expansion approved',
    site: 'Ridgeline Courier',
    author: 'Jo Park',
    paragraphs: [
      'The council approved the quarry expansion on Monday, the mayor said.',
      '“It brings jobs,” council member Ivan Petrov told the Courier.',
    ],
  }),
  date: '2026-04-06T21:14:03Z',
};
const resources: ArchivedResource[] = [
  quarry,
  { url: 'https://ridgeline.example/logo.png', body: new Uint8Array([137, 80, 78, 71, 0, 1, 2]), contentType: 'image/png' },
  { url: 'https://ridgeline.example/news/moved', body: 'Moved', status: 301 },
  // No site name: credited to the host of the address it was captured at.
  {
    url: 'https://hillside.example/road',
    body: newsPage({ title: 'Hill road closed', paragraphs: ['The hill road is closed for a week, the county said.'] }),
  },
  // As browsers receive pages, and Browsertrix keeps them: compressed, sent in chunks, in Latin-1.
  {
    url: 'https://ridgeline.example/news/zipped',
    body: chunked(
      gzipSync(newsPage({ title: 'Library hours extended', paragraphs: ['The library will open on Sundays from May, the council said.'] })),
    ),
    headers: { 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' },
  },
  {
    url: 'https://ridgeline.example/news/latin',
    body: Buffer.from(
      newsPage({ title: 'Café reopens', paragraphs: ['The café on the square reopened on Friday, its owner said.'] }),
      'latin1',
    ),
    contentType: 'text/html; charset=iso-8859-1',
  },
  { url: 'https://ridgeline.example/news/packed', body: 'x', headers: { 'Content-Encoding': 'compress' } },
];

async function archive(gzip: boolean, edit: (bytes: Buffer) => Buffer = (bytes) => bytes): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'warc-'));
  const path = join(dir, gzip ? 'crawl.warc.gz' : 'crawl.warc');
  writeFileSync(path, edit(await archiveBytes(resources, { gzip })));
  return path;
}

/** The archive's items, read as the importer reads them. */
async function read(path: string): Promise<Array<OriginalItem<WrittenArticle> & { original: Uint8Array }>> {
  const items: Array<OriginalItem<WrittenArticle> & { original: Uint8Array }> = [];
  for await (const item of readInput('warc', path, () => readFileSync(path), 'crawl').items) {
    if (typeof item.original === 'string') throw new Error(`${item.label}: its original is not the record's bytes`);
    if (item.article && !('markdown' in item.article)) throw new Error(`${item.label}: not read as its entry writes it`);
    items.push({ ...item, article: item.article, original: item.original });
  }
  return items;
}

describe('the web-archive reader', () => {
  it.each([false, true])(
    'reads each page of an archive (gzipped: %s) as a web page at its address, and passes over the rest',
    async (gzip) => {
      const items = await read(await archive(gzip));
      expect(items.map(({ label, skipped }) => [label, skipped?.split(';')[0]])).toEqual([
        ['record 3 (https://ridgeline.example/news/quarry)', undefined],
        ['record 9 (https://hillside.example/road)', undefined],
        ['record 11 (https://ridgeline.example/news/zipped)', undefined],
        ['record 13 (https://ridgeline.example/news/latin)', undefined],
        ['record 15 (https://ridgeline.example/news/packed)', 'its page is encoded as "compress", which cannot be decoded'],
      ]);
      const [first, second, zipped, latin] = items;
      expect(zipped!.article!.markdown).toBe('The library will open on Sundays from May, the council said.\n');
      expect(latin!.article!.title).toBe('Café reopens');
      expect(latin!.article!.markdown).toBe('The café on the square reopened on Friday, its owner said.\n');
      expect(first!.article).toMatchObject({
        title: 'Quarry expansion approved',
        source: { name: 'Ridgeline Courier', url: 'https://ridgeline.example/news/quarry' },
        byline: 'Jo Park',
      });
      expect(first).toMatchObject({ retrieved: '2026-04-06T21:14:03Z', record: '<urn:uuid:00000000-0000-4000-8000-020000000000>' });
      expect(first!.article!.markdown).toBe(
        `${quarry.body
          .match(/<p>[^<]*<\/p>/g)!
          .map((p) => p.slice(3, -4))
          .join('\n\n')}\n`,
      );
      expect(second!.article).toMatchObject({ source: { name: 'hillside.example', url: 'https://hillside.example/road' } });
      expect(second!.article!.notes).toEqual(['credited to hillside.example, the host of its address: the page names no site']);
    },
  );

  it('keeps a compressed page’s record byte for byte, shows it with its page decoded, and reads it back', async () => {
    const zipped = (await read(await archive(true)))[2]!;
    const bytes = zipped.original;
    expect(Buffer.from(bytes).includes(Buffer.from([0x1f, 0x8b]))).toBe(true);
    const shown = await originalShownText('warc', bytes, 'cut.warc');
    expect(shown).toMatch(
      /^WARC\/1\.1\r\nWARC-Record-ID: [^]*\r\n\r\nHTTP\/1\.1 200 OK\r\n[^]*Content-Encoding: gzip[^]*\r\n\r\n<!doctype html>/,
    );
    expect(shown).toContain('<p>The library will open on Sundays from May, the council said.</p>');
    const { markdown, ...article } = zipped.article!;
    const { body, ...again } = (await readOriginal('warc', bytes, 'cut.warc')).article;
    expect(again).toEqual(article);
    expect(markdown).toBe(literalMarkdown(body));
  });

  it('keeps each page as its record alone, uncompressed, which reads back as that page', async () => {
    const [item] = await read(await archive(true));
    const bytes = item!.original;
    const text = Buffer.from(bytes).toString('utf8');
    expect(text.startsWith('WARC/1.1\r\n')).toBe(true);
    expect(text.endsWith('</html>\r\n\r\n')).toBe(true);
    expect(text).not.toContain('logo.png');
    const again = await readOriginal('warc', bytes, 'cut.warc');
    // The import wrote the body's Markdown on its thread; read again, the article is the same.
    const { markdown, ...article } = item!.article!;
    const { body, ...readAgain } = again.article;
    expect(readAgain).toEqual(article);
    expect(markdown).toBe(literalMarkdown(body));
    expect([again.item, again.record]).toEqual([item!.item, item!.record]);
  });

  it.each([
    [
      'cut short in a record',
      false,
      (bytes: Buffer) => bytes.subarray(0, 2075),
      'crawl record 4 (https://ridgeline.example/logo.png): the record is cut short',
    ],
    [
      'cut short, gzipped',
      true,
      (bytes: Buffer) => bytes.subarray(0, bytes.length - 300),
      /^crawl: the archive is damaged after record \d+: its gzip data is damaged: unexpected end of file$/,
    ],
    [
      'with a record cut short after its last',
      false,
      (bytes: Buffer) => Buffer.concat([bytes, Buffer.from('WARC/1.1\r\nWARC-Type: resp')]),
      'crawl record 16: the record is cut short: the archive is truncated or damaged',
    ],
    [
      'with zeros after its last gzip member',
      true,
      (bytes: Buffer) => Buffer.concat([bytes, Buffer.alloc(64)]),
      /^crawl: the archive is damaged after record 15: 64 of its \d+ bytes are not gzip data$/,
    ],
    [
      'damaged inside a gzip member',
      true,
      (bytes: Buffer) => Buffer.from(bytes.map((byte, i) => (i > 1700 && i < 1710 ? byte ^ 0x55 : byte))),
      /^crawl: the archive is damaged after record/,
    ],
    [
      'a page altered after capture',
      false,
      (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace('the mayor said', 'the mayor SAID'), 'latin1'),
      'crawl record 3 (https://ridgeline.example/news/quarry): the page does not match its WARC-Payload-Digest',
    ],
    ['not an archive', false, () => Buffer.from('hello\n'), 'crawl: not a WARC file: record 1 does not open with "WARC/1.0" or "WARC/1.1"'],
  ])('refuses an archive %s, naming the file and the record', async (_name, gzip, edit, message) => {
    await expect(read(await archive(gzip, edit))).rejects.toThrow(message);
  });

  it('imports the pages of an archive in one command, records the capture, and lists what it skipped', async () => {
    const path = await archive(true);
    const dir = mkdtempSync(join(tmpdir(), 'warc-import-'));
    const plan = await planImport([path], { cwd: dir, out: 'content/articles', now: new Date('2026-12-01T00:00:00Z') });
    writePlan(plan);
    expect(plan.articles.map(({ entry }) => entry)).toEqual([
      'content/articles/quarry-expansion-approved.md',
      'content/articles/hill-road-closed.md',
      'content/articles/library-hours-extended.md',
      'content/articles/café-reopens.md',
    ]);
    expect(plan.skipped.map(({ input }) => input.split(' ').slice(1, 3).join(' '))).toEqual(['record 15']);
    const entry = readFileSync(join(dir, plan.articles[0]!.entry), 'utf8');
    expect(entry).toContain('format: warc\n  item: ');
    expect(entry).toContain("record: <urn:uuid:00000000-0000-4000-8000-020000000000>\n  retrieved: '2026-04-06T21:14:03Z'\n");
    expect(readFileSync(join(dir, 'content/originals/quarry-expansion-approved.warc'), 'utf8')).toMatch(
      /^WARC\/1\.1\r\n[^]*Quarry expansion approved[^]*\r\n\r\n$/,
    );
  });
});

describe('literal text in an archived page', () => {
  const quarryText = quarry.body.match(/<p>[^<]*<\/p>/g)!.map((p) => p.slice(3, -4));
  it('reads generated text full of syntax as itself on the page', async () => {
    await fc.assert(
      fc.asyncProperty(syntaxParagraph, async (paragraph) => {
        // Beside a report long enough for Readability to tell the article from the page around it.
        const body = newsPage({ title: 'Syntax', site: 'Wire', paragraphs: [...quarryText, escapeHtml(paragraph)] });
        const bytes = await archiveBytes([{ url: 'https://wire.example/a', body }]);
        const { article } = await readOriginal('warc', bytes.subarray(bytes.indexOf('WARC/1.1', 10)), 'a.warc');
        const shown = (await shownParagraphs(literalMarkdown(article.body))).map(normalizeTypography);
        expect(shown).toEqual([...quarryText, paragraph].map(normalizeTypography));
      }),
      { numRuns: 60 },
    );
  });
});
