import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { runImportCli } from '../../src/import/cli.ts';
import { cleanParagraph, joinSplitParagraphs, type Cleanup } from '../../src/import/cleanup.ts';
import { bodyFacts, paragraphsTree } from '../../src/import/imported.ts';
import { entryText, literalMarkdown } from '../../src/import/entry.ts';
import { planImport, writePlan } from '../../src/import/plan.ts';
import { readWebPage } from '../../src/import/readers/web-page.ts';
import { readScrapedText } from '../../src/import/readers/scraped-text.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { normalizeTypography } from '../../src/text/normalize.ts';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { root } from '../helpers/build.ts';
import { renderMarkdown } from '../helpers/render.ts';

const seedFile = join(root, 'tests/fixtures/seed/000_7324fdaa959f27c2.txt');
const seed = readFileSync(seedFile, 'utf8');
const sentencesFile = join(root, 'tests/fixtures/import/literal-sentences.txt');

function clean(text: string): { text: string; cleanup: Cleanup[] } {
  const cleanup: Cleanup[] = [];
  return { text: cleanParagraph(text, cleanup), cleanup };
}

/** What a reader sees of rendered Markdown, one entry a paragraph. */
async function shownParagraphs(markdown: string): Promise<string[]> {
  const tree = fromHtml(await renderMarkdown(markdown), { fragment: true });
  return tree.children.filter((node) => node.type === 'element').map((node) => toText(node));
}

describe('clean-up rules', () => {
  it.each([
    ['orphan-brackets', 'the province of [Deir Ezzor] and [Hajin]', 'the province of Deir Ezzor and Hajin', ['[Deir Ezzor]', '[Hajin]']],
    ['placeholder-link', 'Source [Press TV](#) and [x]() said', 'Source Press TV and x said', ['[Press TV](#)', '[x]()']],
    ['html-entities', 'AT&amp;T and &#8220;quoted&#8221; but not a&b or &copy=2', 'AT&T and “quoted” but not a&b or &copy=2', ['&amp;', '&#8220;', '&#8221;']],
    ['invisible-characters', 'Deir\u00ADEzzor\u00A0province\u200B', 'DeirEzzor province', ['Deir\u00ADEzzor\u00A0province\u200B']],
  ] as const)('%s changes markup only, and logs each change', (rule, input, output, befores) => {
    const { text, cleanup } = clean(input);
    expect(text).toBe(output);
    expect(cleanup.map((change) => change.rule)).toEqual(befores.map(() => rule));
    expect(cleanup.map((change) => change.before)).toEqual(befores);
  });

  it('decodes entities exactly once', () => {
    expect(clean('&amp;amp; and &amp;lt;').text).toBe('&amp; and &lt;');
  });

  it('leaves an editor’s brackets, ratings, citations and acronyms as written', () => {
    const input = 'He [the minister] said [sic] it got [A+] and [1] from the [UN].';
    expect(clean(input)).toEqual({ text: input, cleanup: [] });
  });

  it('leaves brackets inside a quotation: there they are an editor’s insertion', () => {
    for (const input of ['Fischer said, "[Khan] had been released a year ago".', 'Il a dit : « [Dupont] est parti ».', 'She wrote “[Smith] agreed” and [Hajin] fell.']) {
      const { text, cleanup } = clean(input);
      expect(text).toContain('[');
      expect(cleanup.map((change) => change.before)).toEqual(input.includes('[Hajin]') ? ['[Hajin]'] : []);
    }
  });

  it('joins a paragraph split mid-sentence, and only that', () => {
    const log: Cleanup[] = [];
    expect(joinSplitParagraphs(['It was a bloody', 'attack on the town.', 'New paragraph.', 'Ends here.', 'lowercase start'], log)).toEqual([
      'It was a bloody attack on the town.',
      'New paragraph.',
      'Ends here.',
      'lowercase start',
    ]);
    expect(log).toEqual([{ rule: 'split-paragraph', before: 'was a bloody\n\nattack on the', after: 'was a bloody attack on the' }]);
  });
});

describe('the scraped-text reader', () => {
  it('reads the seed: headline, placeholder credit, orphan brackets, the split paragraph', () => {
    const article = readScrapedText(seed, 'seed.txt');
    expect(article.title).toBe('US-led Coalition Airstrikes Kill 20 more civilians in Syria');
    expect(article.source).toEqual({ name: 'Press TV' });
    expect(article.published).toBeUndefined();
    expect(article.cleanup.map((change) => change.rule)).toEqual(['placeholder-link', 'orphan-brackets', 'orphan-brackets', 'split-paragraph']);
    expect(bodyFacts(article, 'en').blocks).toHaveLength(13);
  });

  it('keeps a linked credit’s URL and takes --source-name over none', () => {
    expect(readScrapedText('Title\n\nSource: [Wire](https://wire.example/a)\n\nText.', 'a.txt').source).toEqual({ name: 'Wire', url: 'https://wire.example/a' });
    expect(readScrapedText('Title\n\nText.', 'a.txt', { sourceName: 'Desk' }).source).toEqual({ name: 'Desk' });
  });

  it.each([
    ['no headline', '\n\n  \n', 'a.txt: no headline'],
    ['no credit', 'Title\n\nText.', 'a.txt: no credit: add a "Source: …" line under the headline, or give --source-name'],
    ['no text', 'Title\nSource: Wire\n', 'a.txt: no article text'],
  ])('refuses a file with %s', (_name, text, message) => {
    expect(() => readScrapedText(text, 'a.txt')).toThrow(message);
  });
});

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
    const planned = importInto([join(inputs, 'sentences.csv')]).plan();
    expect(planned.skipped).toEqual([]);
    const entries = [...planned.writes.entries()].filter(([path]) => path.endsWith('.md')).map(([, text]) => text as string);
    expect(entries).toHaveLength(paragraphs.length);
    const shown = await Promise.all(entries.map(async (entry) => (await shownParagraphs(parseFrontmatter(entry).content)).join('\n')));
    // One row holds "AT&amp;T": the entity is decoded once, and logged, as from the text file.
    expect(shown.map(normalizeTypography).sort()).toEqual(paragraphs.map(normalizeTypography).sort());
  });

  // Text made of the characters CommonMark and GFM read as syntax, anywhere in a line.
  const syntax = fc.string({ unit: fc.constantFrom('*', '_', '~', '`', '|', '<', '>', '[', ']', '(', ')', '#', '+', '-', '1', '.', '!', '&', 'amp;', ':', '\\', '=', ' ', '    ', 'a', 'B', 'é', '"', "'", 'http://x.y'), minLength: 1, maxLength: 40 });

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

/** A content folder's files and their bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files[name] = readFileSync(path, 'latin1');
  }
  return files;
}

function importInto(inputs: string[], extra: Partial<Parameters<typeof planImport>[1]> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  const options = { cwd: dir, out: 'content/articles', ...extra };
  return { dir, run: (paths = inputs) => writePlan(planImport(paths, options)), plan: (paths = inputs) => planImport(paths, options) };
}

describe('importing files', () => {
  it('the published seed entry is the seed, imported', () => {
    const entry = readFileSync(join(root, 'content/articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.md'), 'utf8');
    const original = readFileSync(join(root, 'content/originals/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.txt'));
    expect(original.equals(readFileSync(seedFile))).toBe(true);
    const { frontmatter } = parseFrontmatter(entry);
    const data = articleSchema.parse(frontmatter);
    expect(data.original).toEqual({ path: '../originals/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.txt', sha256: 'd518565f0debb13480d4cb9accfac4e88de1f9f8fe26089e20c77cc7b4353bf5', format: 'text' });
    expect(entry).toBe(entryText(readScrapedText(seed, 'seed'), data.original!));
  });

  it('keeps the original byte for byte and writes an entry the schema accepts', () => {
    const { dir, run } = importInto([seedFile]);
    run();
    const files = snapshot(join(dir, 'content'));
    expect(Object.keys(files).sort()).toEqual(['articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.md', 'originals/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.txt']);
    expect(files['originals/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.txt']).toBe(readFileSync(seedFile, 'latin1'));
    const { frontmatter } = parseFrontmatter(files['articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.md']!);
    expect(articleSchema.safeParse(frontmatter).success).toBe(true);
  });

  it('is idempotent: importing again changes no byte and adds no file', () => {
    const { dir, run, plan } = importInto([seedFile, seedFile]);
    run();
    const before = snapshot(dir);
    expect(plan().articles.map((article) => article.status)).toEqual(['unchanged']);
    expect(plan().writes.size).toBe(0);
    run();
    expect(snapshot(dir)).toEqual(before);
  });

  it('tells apart two originals that share a title, the same way every time', () => {
    const inputs = mkdtempSync(join(tmpdir(), 'inputs-'));
    writeFileSync(join(inputs, 'a.txt'), 'Same title\nSource: Wire\n\nFirst report.\n');
    writeFileSync(join(inputs, 'b.txt'), 'Same title\nSource: Wire\n\nSecond report.\n');
    const { dir, run, plan } = importInto([inputs]);
    run();
    const names = readdirSync(join(dir, 'content/articles')).sort();
    expect(names).toHaveLength(2);
    expect(names[1]).toMatch(/^same-title\.md$/);
    expect(names[0]).toMatch(/^same-title-[0-9a-f]{8}\.md$/);
    expect(plan().writes.size).toBe(0);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'the file is empty'],
    ['a binary file', new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01]), 'looks binary (a NUL byte at offset 3)'],
    ['text that is not UTF-8', new Uint8Array([...Buffer.from('Caf'), 0xe9, 0x0a]), 'byte 3 is not UTF-8'],
  ])('refuses %s, naming it, and writes nothing at all', (_name, bytes, message) => {
    const inputs = mkdtempSync(join(tmpdir(), 'inputs-'));
    cpSync(seedFile, join(inputs, 'a-good.txt'));
    writeFileSync(join(inputs, 'b-bad.txt'), bytes);
    const { dir, run } = importInto([inputs]);
    expect(() => run()).toThrow(`b-bad.txt: ${message}`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('npm run import', () => {
  async function cli(args: string[], cwd: string) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runImportCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false, cwd });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  }

  it('--help prints the options and exit codes', async () => {
    const result = await cli(['--help'], tmpdir());
    expect(result.code).toBe(0);
    for (const text of ['--format', '--source-name', '--lang', '--out', '--dry-run', '--json', 'exit codes']) expect(result.stdout).toContain(text);
  });

  it('--dry-run says what it would write and writes nothing; --json is JSON only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const dry = await cli([seedFile, '--dry-run'], dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('would import 1 article(s): 1 new');
    expect(readdirSync(dir)).toEqual([]);
    const json = await cli([seedFile, '--json'], dir);
    expect(JSON.parse(json.stdout)).toMatchObject({ dryRun: false, new: 1, articles: [{ status: 'new', cleanups: 4 }] });
  });

  it('exits 2, naming the problem, for bad input or usage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
    expect(await cli([], dir)).toMatchObject({ code: 2 });
    expect(await cli(['nowhere.txt'], dir)).toMatchObject({ code: 2, stderr: 'import: nowhere.txt: no such file or folder\nnothing was written' });
    expect(await cli([seedFile, '--format', 'pdf'], dir)).toMatchObject({ code: 2 });
  });
});

describe('the dataset reader', () => {
  const csv = 'url,date,title,text\nhttps://news.example/a,2019-01-04,"Storm, then calm","Friday, January 4, 2019 \n\n\nThe storm passed, officials said.\n\n\nRoads reopened."\nhttps://news.example/b,2019-01-05,No text,\n,2019-01-06,,Text without a title.\n';

  it('reads each row as an article, sets a repeated dateline apart, and lists the rows it skips', () => {
    const inputs = mkdtempSync(join(tmpdir(), 'inputs-'));
    writeFileSync(join(inputs, 'news.csv'), csv);
    const planned = importInto([join(inputs, 'news.csv')]).plan();
    expect(planned.articles.map((article) => article.input.split('/').pop())).toEqual(['news.csv row 1']);
    expect(planned.skipped.map(({ input, why }) => `${input.split('/').pop()}: ${why}`)).toEqual(['news.csv row 2: no text (column "text")', 'news.csv row 3: no title (column "title")']);
    const entry = [...planned.writes.entries()].find(([path]) => path.endsWith('.md'))![1] as string;
    const { frontmatter, content } = parseFrontmatter(entry);
    expect(articleSchema.parse(frontmatter)).toMatchObject({
      title: 'Storm, then calm',
      source: { name: 'news.example', url: 'https://news.example/a' },
      cleanup: [{ rule: 'dateline', before: 'Friday, January 4, 2019', after: '' }],
      original: { format: 'csv', columns: { title: 'title', text: 'text' } },
    });
    expect(content.trim()).toBe('The storm passed, officials said.\n\nRoads reopened.');
    // The row's own file: the header line and the row, byte for byte.
    const original = [...planned.writes.entries()].find(([path]) => path.endsWith('.csv'))![1] as Buffer;
    expect(original.toString('utf8')).toBe(csv.split('\nhttps://news.example/b')[0] + '\n');
  });

  it('maps other column names with --map, and reads JSON Lines alike', () => {
    const inputs = mkdtempSync(join(tmpdir(), 'inputs-'));
    writeFileSync(join(inputs, 'feed.jsonl'), '{"headline":"Dam opens","body":"The dam opened, the utility said.","publisher":"Valley Post"}\n');
    const planned = importInto([join(inputs, 'feed.jsonl')], { map: 'title=headline,text=body,source=publisher' }).plan();
    const entry = [...planned.writes.entries()].find(([path]) => path.endsWith('.md'))![1] as string;
    expect(articleSchema.parse(parseFrontmatter(entry).frontmatter)).toMatchObject({ title: 'Dam opens', source: { name: 'Valley Post' }, original: { format: 'jsonl', columns: { title: 'headline', text: 'body', source: 'publisher' } } });
  });

  it('refuses a dataset without the columns it needs, naming them', () => {
    const inputs = mkdtempSync(join(tmpdir(), 'inputs-'));
    writeFileSync(join(inputs, 'bad.csv'), 'a,b\n1,2\n');
    expect(() => importInto([join(inputs, 'bad.csv')]).plan()).toThrow('bad.csv: no column "title" (columns: a, b); map one with --map');
  });
});

describe('the web-page reader', () => {
  const page = (body: string, head = '') => `<!doctype html><html lang="fr"><head><title>Ignored title · Site</title>
<meta property="og:site_name" content="Le Courrier"><link rel="canonical" href="https://courrier.example/a">
<meta property="article:published_time" content="2012-05-22T07:44:00Z">${head}</head>
<body><nav><a href="/">Accueil</a></nav><article><h1>La fusée a décollé</h1>${body}</article><footer>© Le Courrier</footer></body></html>`;

  it('takes the main text with its structure, and the page’s metadata', async () => {
    const html = page('<h2>Un lancement réussi</h2><p>Le lan\u00ADceur a décollé à 7h44, <em>sans problème</em>, selon la <a href="https://nasa.example/">NASA</a>.</p><ul><li>Premier point</li><li>Second point</li></ul><blockquote><p>« La capsule est en orbite »</p></blockquote><p>Voir [la note](#) et 5 * 3.</p>');
    const article = readWebPage(html, 'a.html');
    expect(article).toMatchObject({ title: 'La fusée a décollé', source: { name: 'Le Courrier', url: 'https://courrier.example/a' }, published: '2012-05-22T07:44:00Z', lang: 'fr' });
    expect(article.cleanup).toEqual([{ rule: 'invisible-characters', before: 'lan\u00ADceur', after: 'lanceur' }]);
    const markdown = literalMarkdown(article.body);
    expect(markdown).toContain('## Un lancement réussi');
    expect(markdown).toContain('*sans problème*');
    expect(markdown).toContain('[NASA](https://nasa.example/)');
    expect(markdown).toContain('> « La capsule est en orbite »');
    expect(markdown).toMatch(/^\* Premier point$/m);
    expect(markdown).not.toContain('Accueil');
    // Text that looks like Markdown stays text.
    const shown = await shownParagraphs(markdown);
    expect(shown.map(normalizeTypography)).toContain('Voir [la note](#) et 5 * 3.');
  });

  it('reads the publisher from JSON-LD when the page has no og:site_name', () => {
    const html = page('<p>Texte de l’article, assez long pour être lu.</p>').replace('<meta property="og:site_name" content="Le Courrier">', '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Agence Exemple"}}</script>');
    expect(readWebPage(html, 'a.html').source.name).toBe('Agence Exemple');
  });

  it.each([
    ['no credit', page('<p>Du texte.</p>').replace('<meta property="og:site_name" content="Le Courrier">', ''), 'a.html: no credit: the page names no site'],
    ['no article text', '<!doctype html><html><head><meta property="og:site_name" content="X"></head><body></body></html>', 'a.html: no article text found on the page'],
  ])('refuses a page with %s', (_name, html, message) => {
    expect(() => readWebPage(html, 'a.html')).toThrow(message);
  });
});
