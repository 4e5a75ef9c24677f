/**
 * Builds the fixture articles (the seed plus hard cases: nested, multi-paragraph, guillemets,
 * low-high quotes, blockquotes, apostrophes, Arabic, linked sources), checks that every one passes
 * the verifier, then damages the built pages in many ways and checks each is caught.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { htmlPages } from '../helpers/site.ts';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { articlePageFile, pageMarkers } from '../../src/contract.ts';
import { readSourceFacts } from '../../src/markdown/source.ts';
import { analyseSource } from '../../src/verifier/check/analyse.ts';
import { verifyArticle } from '../../src/verifier/check/article.ts';
import type { CheckName, SiteReport } from '../../src/verifier/check/report.ts';
import { readArticle } from '../../src/verifier/run/article-job.ts';
import { verifySite } from '../../src/verifier/run/site.ts';
import { buildSite, fixtures, type Built } from '../helpers/build.ts';

let built: Built;
let report: SiteReport;

/** A copy of the fixtures, with the originals their imported article is proved against beside them, and its build cache. */
let copy: { content: string; cache: string };

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'reader-content-'));
  copy = { content: join(folder, 'articles'), cache: mkdtempSync(join(tmpdir(), 'reader-cache-')) };
  cpSync(fixtures, copy.content, { recursive: true });
  cpSync(join(fixtures, '../originals'), join(folder, 'originals'), { recursive: true });
  built = buildSite(copy);
  expect(built.status, built.output).toBe(0);
  report = await verifySite({ contentDir: copy.content, distDir: built.out });
});

const seedId = 'us-led-coalition-airstrikes-kill-20-more-civilians-in-syria';

/** The pages a build copied from the last one (Astro's incremental build logs each as restored). */
const restoredPages = (output: string) => [...output.matchAll(/├─ (\S+) \(restored\)/g)].map(([, path]) => path!);

function page(id: string): string {
  return readFileSync(join(built.out, articlePageFile(id)), 'utf8');
}

async function verifyMutated(id: string, mutate: (html: string) => string) {
  const { input, markdown } = readArticle(`${id}.md`, `${id}.md`, readFileSync(join(fixtures, `${id}.md`), 'utf8'));
  const source = analyseSource(await readSourceFacts(markdown, input.lang));
  const original = page(id);
  const mutated = mutate(original);
  expect(mutated, 'the mutation changed nothing').not.toBe(original);
  return verifyArticle(input, mutated, articlePageFile(id), source);
}

describe('fixture articles', () => {
  it('all pass, with the build saying so', () => {
    expect(built.output).toMatch(/fidelity: 9\/9 articles pass/);
    expect(report.ok).toBe(true);
    expect(report.articles.map((a) => a.id).sort()).toEqual([
      'apostrophes-and-quotes',
      'arabic-rtl',
      'blockquotes',
      'german-low-quotes',
      'guillemets-fr',
      'harbour-reopens-after-storm',
      'multi-paragraph-quote',
      'nested-quotes',
      seedId,
    ]);
  });

  it('find the quotations and attributions that are there', () => {
    const counts = Object.fromEntries(report.articles.map((a) => [a.id, [a.quotes.total, a.attributions.total]]));
    expect(counts).toEqual({
      'apostrophes-and-quotes': [4, 3],
      'arabic-rtl': [1, 3],
      blockquotes: [3, 3],
      'german-low-quotes': [1, 3],
      'guillemets-fr': [5, 4],
      'harbour-reopens-after-storm': [1, 3],
      'multi-paragraph-quote': [1, 2],
      'nested-quotes': [5, 5],
      [seedId]: [1, 6],
    });
  });

  it('show only real names as who is cited: noun phrases, no clause, no time, no preposition', () => {
    const cited = (id: string) =>
      selectAll(`[${pageMarkers.citedSource}] [${pageMarkers.citedName}]`, fromHtml(page(id))).map((name) => toText(name).trim());
    expect(Object.fromEntries(report.articles.map(({ id }) => [id, cited(id)]))).toEqual({
      'apostrophes-and-quotes': ['The mayor’s office', 'Lee O’Neill', 'The residents’ association'],
      // "according to a statement issued by the mayor's office"
      'arabic-rtl': ['بيان صادر عن مكتب رئيس البلدية', 'مدير المكتبة', 'إحدى الزائرات'],
      blockquotes: ['The regional water authority', 'A spokesperson', 'Amir Haddad'],
      'german-low-quotes': ['die Stadtverwaltung', 'Bürgermeisterin Anna Keller', 'Verwaltung'],
      // « a déclaré l'adjointe chargée de la mobilité, Claire Martin »: the person the appositive names.
      'guillemets-fr': ['La mairie', 'Claire Martin', 'l’association des usagers', 'Un chauffeur'],
      'harbour-reopens-after-storm': ['the port authority', 'the harbour master', 'the mayor'],
      'multi-paragraph-quote': ['The harbour pilot', 'Port authorities'],
      'nested-quotes': ['the clerk’s office', 'Dana Whitfield', 'long-time members'],
      [seedId]: [
        'Local sources',
        'SANA',
        'local reports',
        'the Syrian Ministry of Foreign Affairs and Expatriates',
        'various sources including Human Rights Watch',
        'The Russian Foreign Ministry',
      ],
    });
  });

  it('reuses the checks, facts and pages of unchanged articles in the next build, and reads, checks and generates a changed one again', () => {
    const { content, cache } = copy;
    expect(built.output).toContain(
      "sources: 9 from this build's parse, 0 unchanged since an earlier build, 0 read again; 0 checks as an earlier build's",
    );
    // One article changed, eight not: the eight checks stand as they were, the one is read and checked again.
    appendFileSync(join(content, 'blockquotes.md'), '\nOne more paragraph, the clerk said.\n');
    const second = buildSite({ content, cache });
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain(
      "sources: 1 from this build's parse, 0 unchanged since an earlier build, 0 read again; 8 checks as an earlier build's",
    );
    expect(readFileSync(join(second.out, 'fidelity.json'), 'utf8')).toContain('One more paragraph, the clerk said.');
    // Its page and its neighbours' (which show its title) are generated again; every other
    // article's pages are copied from the last build, the same bytes a full build writes.
    const neighbours = [
      ...readFileSync(join(built.out, articlePageFile('blockquotes')), 'utf8').matchAll(
        /href="\/articles\/([^/"]+)\/" rel="(?:prev|next)"/g,
      ),
    ].map(([, id]) => id!);
    const regenerated = ['blockquotes', ...neighbours];
    const copied = readdirSync(fixtures)
      .map((file) => file.replace(/\.md$/, ''))
      .filter((id) => !regenerated.includes(id));
    expect(copied.length).toBeGreaterThanOrEqual(6);
    const restored = restoredPages(second.output);
    // An original's page as its article's: the imported harbour report has one, the others none.
    const originalPages = copied.map((id) => `/originals/${id}/index.html`).filter((path) => existsSync(join(built.out, path)));
    expect(originalPages.length).toBeGreaterThan(0);
    expect(restored).toEqual(expect.arrayContaining([...copied.map((id) => `/${articlePageFile(id)}`), ...originalPages]));
    for (const id of regenerated) expect(restored).not.toContain(`/${articlePageFile(id)}`);
    for (const id of copied) expect(page(id)).toBe(readFileSync(join(second.out, articlePageFile(id)), 'utf8'));
    expect(readFileSync(join(second.out, articlePageFile('blockquotes')), 'utf8')).toContain('One more paragraph, the clerk said.');
    // Without the kept checks, the eight unchanged are checked again from the sources kept.
    rmSync(join(cache, 'fidelity-checks.json'));
    appendFileSync(join(content, 'blockquotes.md'), '\nAnd another, the clerk said.\n');
    const third = buildSite({ content, cache });
    expect(third.output).toContain(
      "sources: 1 from this build's parse, 8 unchanged since an earlier build, 0 read again; 0 checks as an earlier build's",
    );
    // Code of the Markdown pipeline changed since (its digest differs): every article renders again,
    // and here every page came out as before, so every check stands.
    writeFileSync(join(cache, 'pipeline-digest'), 'the digest of older code');
    const fourth = buildSite({ content, cache });
    expect(fourth.output).toContain('The Markdown pipeline changed since the last build: rendering every article again.');
    expect(restoredPages(fourth.output)).toEqual([]);
    expect(fourth.output).toContain(
      "sources: 0 from this build's parse, 0 unchanged since an earlier build, 0 read again; 9 checks as an earlier build's",
    );
  });

  it('writes dist/fidelity.json with per-article results', () => {
    const written = JSON.parse(readFileSync(join(built.out, 'fidelity.json'), 'utf8')) as SiteReport;
    expect(written.ok).toBe(true);
    expect(written.totals.articles).toBe(9);
    expect(written.articles.find((a) => a.id === seedId)?.attributions.items).toContainEqual({
      cue: 'reported',
      source: 'SANA',
      sentence:
        'Earlier in the day, SANA reported another coalition strike in the same province, where 11 civilians, including three women and five children, were killed.',
    });
  });
});

describe('page weight', () => {
  it('every page is one request of at most 10 KB gzip-compressed, CSS inlined, no script', () => {
    const pages = htmlPages(built.out).filter((file) => file !== 'search/index.html');
    // Index, 404, 9 articles, the imported one's originals and changes, checks, sources (list
    // and 7), topics (list and 3), archive (list, 7 months, undated) and the search page.
    expect(pages).toHaveLength(36);
    for (const file of pages) {
      const html = readFileSync(join(built.out, file));
      expect(gzipSync(html, { level: 9 }).length, file).toBeLessThanOrEqual(10 * 1024);
      const text = html.toString('utf8');
      expect(text, file).not.toMatch(/<link[^>]+rel="?stylesheet/);
      expect(text, file).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
      expect(text, file).toContain('<style>');
    }
  });

  it('the search page: its HTML and its stylesheet at most 10 KB gzip-compressed; its one script Pagefind’s, and the line starting it', () => {
    const html = readFileSync(join(built.out, 'search/index.html'));
    const css = readFileSync(join(built.out, 'pagefind/pagefind-ui.css'));
    expect(gzipSync(html, { level: 9 }).length + gzipSync(css, { level: 9 }).length).toBeLessThanOrEqual(10 * 1024);
    expect([...html.toString('utf8').matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1])).toEqual([
      '/pagefind/pagefind-ui.js',
      '/search.js',
    ]);
  });
});

type Mutation = [name: string, id: string, mutate: (html: string) => string, check: CheckName, mentions: string];

/**
 * Replaces the first match from the article on: the head's JSON-LD repeats quotations and
 * sources, and a damage done there would damage nothing a reader sees.
 */
const replace = (from: string | RegExp, to: string) => (html: string) => {
  const start = html.indexOf('<body');
  return html.slice(0, start) + html.slice(start).replace(from, to);
};

const mutations: Mutation[] = [
  ['drop the credit', seedId, replace(/<p class="credit"[\s\S]*?<\/p>/, ''), 'credit', 'Press TV'],
  ['hide the credit', seedId, replace('<p class="credit"', '<p hidden class="credit"'), 'credit', 'Press TV'],
  ['aria-hide the credit', seedId, replace('<p class="credit"', '<p aria-hidden="true" class="credit"'), 'credit', 'Press TV'],
  ['rename the source', seedId, replace('>Press TV<', '>Press T.V.<'), 'credit', 'Press TV'],
  [
    'relink the source',
    'nested-quotes',
    replace('href="https://wire.example.org/2024/11/council-vote"', 'href="https://evil.example/"'),
    'credit',
    'https://wire.example.org/2024/11/council-vote',
  ],
  ['change a word inside a quote', seedId, replace('destroying Daesh', 'defeating Daesh'), 'quote', 'destroying Daesh'],
  ['drop a quote mark', seedId, replace('“destroying', 'destroying'), 'quote', 'destroying Daesh'],
  [
    'change the kind of quotation marks',
    'guillemets-fr',
    replace('« une victoire d’étape »', '“une victoire d’étape”'),
    'quote',
    'une victoire',
  ],
  ['swap the named source of an attribution', seedId, replace('SANA reported', 'Reuters reported'), 'attribution', 'SANA'],
  [
    'delete an attribution clause',
    seedId,
    replace(', according to various sources including Human Rights Watch', ''),
    'attribution',
    'according to',
  ],
  ['change the reporting verb', seedId, replace('local reports claimed', 'local reports proved'), 'attribution', 'claimed'],
  ['change a number', seedId, replace('where 11 civilians', 'where 12 civilians'), 'text', '11'],
  ['insert a word', seedId, replace('were among the dead', 'were reportedly among the dead'), 'text', 'reportedly'],
  ['change the case of a word', seedId, replace('Daesh Takfiri', 'daesh Takfiri'), 'text', 'Daesh'],
  [
    'hide a paragraph with display:none',
    seedId,
    replace('<p>No statement', '<p style="display:none">No statement'),
    'text',
    'No statement',
  ],
  [
    'hide a paragraph with a visually-hidden class',
    seedId,
    replace('<p>No statement', '<p class="sr-only">No statement'),
    'text',
    'No statement',
  ],
  ['comment out a paragraph', seedId, replace(/<p>(No statement[^<]*)<\/p>/, '<!-- $1 -->'), 'text', 'No statement'],
  [
    'move a paragraph into a template',
    seedId,
    replace(/<p>(No statement[^<]*)<\/p>/, '<template><p>$1</p></template>'),
    'text',
    'No statement',
  ],
  [
    'delete a paragraph',
    seedId,
    replace(/<p[^>]*>The Russian Foreign Ministry[^<]*<\/p>/, ''),
    'attribution',
    'The Russian Foreign Ministry',
  ],
  [
    'turn a blockquote into a paragraph',
    'blockquotes',
    replace(/<blockquote>([\s\S]*?)<\/blockquote>/, '<div>$1</div>'),
    'blockquote',
    'boil-water notice',
  ],
  [
    'cut one paragraph of a multi-paragraph quote',
    'multi-paragraph-quote',
    replace(/<p>“By midnight[^<]*<\/p>/, ''),
    'quote',
    'By midnight',
  ],
  [
    'overstate a count in "How this page was checked"',
    seedId,
    replace(/(<data value=")(\d+)(" data-count="attributions">)\d+/, '$17$37'),
    'proof',
    'attributions',
  ],
  // What the page says about whom it cites is proved like its text (src/verifier/check/cited.ts).
  ['rename a source in "Who is cited"', seedId, replace('data-cited-name>SANA<', 'data-cited-name>Reuters<'), 'cited', 'SANA: reported'],
  ['drop a source from "Who is cited"', seedId, replace(/<li data-cited-source><span[^>]*>SANA<\/span>.*?<\/li>/, ''), 'cited', 'SANA'],
  ['hide "Who is cited"', seedId, replace(' data-cited>', ' data-cited hidden>'), 'cited', 'Who is cited'],
  [
    'credit someone else in the JSON-LD citation',
    seedId,
    (html) => html.replace('"creditText":"SANA"', '"creditText":"Reuters"'),
    'cited',
    'CreativeWork|SANA|reported',
  ],
  [
    'give a quotation to the speaker of another',
    'nested-quotes',
    replace('data-cited-name>the clerk’s office<', 'data-cited-name>Dana Whitfield<'),
    'cited',
    'the clerk',
  ],
  [
    'name a speaker the text does not give',
    seedId,
    replace('destroying Daesh.”</span>', 'destroying Daesh.”</span> — <span data-cited-name>Press TV</span>'),
    'cited',
    '(no speaker named)',
  ],
  ['point a cue’s link at another paragraph', seedId, replace('href="#p4" data-cue', 'href="#p7" data-cue'), 'cited', 'reported'],
  ['remove the article body marker', seedId, replace(' data-article-body', ''), 'page', 'no body'],
  [
    'hide the whole main element',
    seedId,
    replace('<main id="main"', '<main hidden id="main"'),
    'page',
    'no visible <article data-article>',
  ],
];

describe('damaged pages are caught', () => {
  it('has at least 15 distinct kinds of damage', () => {
    expect(new Set(mutations.map(([name]) => name)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(mutations)('%s', async (_name, id, mutate, check, mentions) => {
    const result = await verifyMutated(id, mutate);
    expect(result.ok).toBe(false);
    const failure = result.failures.find((f) => f.check === check);
    expect(failure, JSON.stringify(result.failures, null, 2)).toBeDefined();
    expect(`${failure?.message} ${failure?.expected}`).toContain(mentions);
  });
});

describe('typographic changes are forgiven', () => {
  it.each([
    ['curly quotes made straight', seedId, replace('“destroying Daesh.”', '"destroying Daesh."')],
    ['apostrophes made straight', seedId, (html: string) => html.replaceAll('’', "'")],
    ['extra white space and line breaks', seedId, replace('Local sources, requesting', 'Local   sources,\n  requesting')],
    ['non-breaking space', seedId, replace('Press TV', 'Press\u00a0TV')],
    ['decomposed Unicode', 'guillemets-fr', (html: string) => html.normalize('NFD')],
    ['an en dash written as two hyphens', seedId, replace('UN Security Council, Ma Zhaoxu', 'UN Security Council -- Ma Zhaoxu')],
    ['an ellipsis spelled out', 'blockquotes', replace('water… that', 'water... that')],
  ])('%s', async (_name, id, mutate) => {
    const result = await verifyMutated(id, mutate);
    expect(result.failures).toEqual([]);
  });
});
