/**
 * Broken and hostile entries, built the way a user builds: either published faithfully or
 * refused with a message naming the file, the field and what to do, never a crash or a hang; a
 * failed build leaves the last good dist/ exactly as it was. Each rule is unit-tested where it
 * lives (schema, loader, structure guard, verifier); here one build holds many broken entries,
 * since the build names every one, so the whole path is proved in a few builds.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pathologicalBodies } from '../helpers/pathological.ts';
import { buildSite, contentWithSeed } from '../helpers/build.ts';

const front = (fields: string) => `---\n${fields}\n---\n\n`;
const good = 'title: A title\nsource:\n  name: Example Wire';

/** A content folder holding the seed article and the given files. */
function content(files: Record<string, string | Uint8Array>): string {
  const dir = contentWithSeed();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function build(files: Record<string, string | Uint8Array>, options: { config?: string; env?: Record<string, string>; out?: string } = {}) {
  const started = performance.now();
  const result = buildSite({ content: content(files), ...options });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

type Case = [name: string, files: Record<string, string | Uint8Array>, mentions: string[]];

/** Refused by the schema or the loader: all in one build, each named with its file and field. */
const refusedTogether: Case[] = [
  ['missing title', { 'no-title.md': front('source:\n  name: Wire') + 'Text.' }, ['no-title.md: title: title is required']],
  [
    'empty title',
    { 'empty-title.md': front('title: ""\nsource:\n  name: Wire') + 'Text.' },
    ['empty-title.md: title: title must not be empty'],
  ],
  ['missing source', { 'no-source.md': front('title: T') + 'Text.' }, ['no-source.md: source: source is required']],
  [
    'javascript: source URL',
    { 'js-url.md': front('title: T\nsource:\n  name: W\n  url: "javascript:alert(1)"') + 'Text.' },
    ['js-url.md: source.url: source.url must be an absolute http:// or https:// URL'],
  ],
  [
    'relative source URL',
    { 'relative-url.md': front('title: T\nsource:\n  name: W\n  url: /about') + 'Text.' },
    ['relative-url.md: source.url: source.url must be an absolute'],
  ],
  [
    'placeholder # source URL',
    { 'hash-url.md': front('title: T\nsource:\n  name: W\n  url: "#"') + 'Text.' },
    ['hash-url.md: source.url: source.url must be an absolute'],
  ],
  [
    'impossible date',
    { 'bad-date.md': front(`${good}\npublished: 2024-02-30`) + 'Text.' },
    ['bad-date.md: published: published "2024-02-30" is not a real date'],
  ],
  ['unknown field', { 'typo.md': front(`${good}\nauthr: Someone`) + 'Text.' }, ['typo.md: frontmatter: unknown field "authr"; a typo?']],
  [
    'two files, one URL',
    { 'Same Name.md': front(good) + 'One.', 'same-name.md': front(good) + 'Two.' },
    ['same-name.md: file name: publishes to the same URL (/articles/same-name/) as'],
  ],
  ['empty body', { 'empty-body.md': front(good) + '\n   \n' }, ['empty-body.md: body: the article has no text']],
  [
    'bytes that are not UTF-8',
    { 'latin1.md': new Uint8Array([...Buffer.from(front(good) + 'Caf'), 0xe9, 0x0a]) },
    ['latin1.md: encoding: byte', 'is not UTF-8'],
  ],
];

/** Refused by the fidelity check, which also names every failure in one build. */
const refusedByTheCheck: Case[] = [
  [
    'a body that sanitises to nothing',
    { 'nothing.md': front(good) + '<script>alert(1)</script>\n\n<style>p{}</style>\n' },
    ['nothing.md', 'the article has no readable text'],
  ],
  [
    'sanitising removes words a reader would see',
    { 'textarea.md': front(good) + 'Before.\n\n<textarea>Words a reader sees</textarea>\n\nAfter.\n' },
    ['textarea.md', '[text]', 'lost "Words a reader sees"'],
  ],
  [
    'a tag that is no HTML element',
    { 'redacted.md': front(good) + 'Intro.\n\n"<REDACTED> will not be charged," he said.\n' },
    ['redacted.md: line 9: <REDACTED> is not an HTML element, so a reader would see nothing of it; write \\<REDACTED> to show it as text'],
  ],
];

/** Odd but publishable: a byte-order mark, CRLF line endings, pathological bodies. */
const published = {
  'bom.md': `\uFEFF${front(good)}Text with a mark before it.\n`,
  'crlf.md': `${front(good)}First "quoted" paragraph, the ministry said.\r\n\r\nSecond paragraph.\r\n`
    .replace(/\n/g, '\r\n')
    .replace(/\r\r/g, '\r'),
  ...Object.fromEntries(
    pathologicalBodies()
      .filter((input) => input.published && input.body.length < 1e6)
      .map(({ body }, i) => [`pathological-${i}.md`, front(good) + body]),
  ),
  // Built with the others rather than alone: a build of its own would cost the tests a whole build.
  'huge.md': front(good) + pathologicalBodies().find((input) => input.name === 'a 5 MB article')!.body,
};

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

/**
 * The last good site, built from the publishable entries; each refused build below writes to its
 * folder, so that each also proves a failed build leaves the previous dist/ byte for byte as it was.
 */
let last: ReturnType<typeof build>;
let before: Record<string, string>;
beforeAll(() => {
  last = build(published);
  before = snapshot(last.out);
});

describe('handled and published', () => {
  it(`a byte-order mark, CRLF line endings, ${Object.keys(published).length - 3} pathological bodies`, () => {
    expect(last.status, last.output).toBe(0);
    expect(last.output).toContain(`fidelity: ${Object.keys(published).length + 1}/${Object.keys(published).length + 1} articles pass`);
  });

  // What it costs is measured by `npm run bench:hostile`; here, that it is published whole, in bounded time.
  it('a 5 MB article is published and verified, within minutes at the very most', () => {
    expect(last.status, last.output.slice(-2000)).toBe(0);
    const page = readFileSync(join(last.out, 'articles/huge/index.html'), 'utf8');
    expect(page.length).toBeGreaterThan(5e6);
    expect(last.seconds).toBeLessThan(120);
    console.log(`pathological bodies and a 5 MB article: built and verified in ${last.seconds.toFixed(1)} s`);
  });
});

const merged = (cases: Case[]) => Object.assign({}, ...cases.map(([, files]) => files)) as Record<string, string | Uint8Array>;

describe('refused, every broken entry named with its file and field, in one build', () => {
  let result: ReturnType<typeof build>;
  beforeAll(() => {
    result = build(merged(refusedTogether), { out: last.out });
  });

  it('fails the build and leaves the previous dist/ byte for byte as it was, and says so', () => {
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(`${refusedTogether.length} articles cannot be published:`);
    expect(result.output).toContain(`${last.out} is left exactly as it was`);
    expect(result.output).not.toContain('seed.md:');
    expect(snapshot(last.out)).toEqual(before);
  });

  it.each(refusedTogether)('%s', (_name, _files, mentions) => {
    for (const text of mentions) expect(result.output).toContain(text);
  });
});

describe('refused by the fidelity check, every failure named, in one build', () => {
  let result: ReturnType<typeof build>;
  beforeAll(() => {
    result = build(merged(refusedByTheCheck), { out: last.out });
  });

  it('keeps the previous dist/ byte for byte as it was', () => {
    expect(result.status, result.output).not.toBe(0);
    expect(snapshot(last.out)).toEqual(before);
  });

  it.each(refusedByTheCheck)('%s', (_name, _files, mentions) => {
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('Fidelity check failed');
    for (const text of mentions) expect(result.output).toContain(text);
  });
});

describe('refused at once', () => {
  it('malformed YAML, naming the file', () => {
    const result = build({ 'bad-yaml.md': front('title: [unclosed\nsource:\n  name: W') + 'Text.' });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('bad-yaml.md');
    expect(result.output).toContain(`Build failed (see above); nothing was written to ${result.out}`);
    expect(result.seconds).toBeLessThan(60);
  });

  // The structure guard refuses these before any parser runs (tests/unit/collections/structure-guard.test.ts
  // covers each); one of them proves the build stops there, naming the line, within seconds.
  it('a body that would overwhelm the parser, naming the file and line', () => {
    const { body } = pathologicalBodies().find((input) => input.name === '10,000 nested blockquotes')!;
    const result = build({ 'deep.md': front(good) + body });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('deep.md: body, line 7: blockquotes nested 10000 deep');
    expect(result.seconds).toBeLessThan(60);
  });

  it('an article whose render thread runs out of memory, naming it, within seconds', () => {
    const { body } = pathologicalBodies().find((input) => input.name === 'a 5 MB article')!;
    const result = build(
      { 'huge.md': front(good) + body + body },
      { config: 'scripts/astro-variant.config.ts', env: { VARIANT_THREAD_HEAP_MB: '24' } },
    );
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/Error rendering huge\.md: .*huge\.md: could not render the Markdown: its thread ran out of memory/);
    expect(result.output).toContain('huge.md: body: could not be rendered');
    expect(result.seconds).toBeLessThan(60);
  });
});
