/**
 * Broken and hostile entries, each built the way a user builds: either published faithfully or
 * refused with a message naming the file, the field and what to do, never a crash; a failed build
 * leaves the last good dist/ exactly as it was.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathologicalBodies } from '../../bench/lib/pathological.ts';
import { buildSite, root } from '../helpers/build.ts';

const seed = join(root, 'content/articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.md');
const front = (fields: string) => `---\n${fields}\n---\n\n`;
const good = 'title: A title\nsource:\n  name: Example Wire';

/** A content folder holding the seed article and the given files. */
function content(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-content-'));
  copyFileSync(seed, join(dir, 'seed.md'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function build(files: Record<string, string | Uint8Array>) {
  const started = performance.now();
  const result = buildSite({ content: content(files) });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

/** What the structure guard says of each input it refuses. */
const structureMessages: Record<string, string> = {
  '10,000 nested blockquotes': 'blockquotes nested 10000 deep',
  '50,000 brackets in a paragraph': 'more than 5000 brackets in one paragraph',
  'lists nested 2,000 deep': 'a list nested more than 160 columns deep',
};

const refused: Array<[string, Record<string, string | Uint8Array>, string[]]> = [
  ['missing title', { 'bad.md': front('source:\n  name: Wire') + 'Text.' }, ['bad.md', 'title: title is required']],
  ['empty title', { 'bad.md': front('title: ""\nsource:\n  name: Wire') + 'Text.' }, ['bad.md', 'title: title must not be empty']],
  ['missing source', { 'bad.md': front('title: T') + 'Text.' }, ['bad.md', 'source: source is required']],
  ['javascript: source URL', { 'bad.md': front('title: T\nsource:\n  name: W\n  url: "javascript:alert(1)"') + 'Text.' }, ['bad.md', 'source.url: source.url must be an absolute http:// or https:// URL']],
  ['relative source URL', { 'bad.md': front('title: T\nsource:\n  name: W\n  url: /about') + 'Text.' }, ['bad.md', 'source.url: source.url must be an absolute']],
  ['placeholder # source URL', { 'bad.md': front('title: T\nsource:\n  name: W\n  url: "#"') + 'Text.' }, ['bad.md', 'source.url: source.url must be an absolute']],
  ['impossible date', { 'bad.md': front(`${good}\npublished: 2024-02-30`) + 'Text.' }, ['bad.md', 'published: published "2024-02-30" is not a real date']],
  ['malformed YAML', { 'bad.md': front('title: [unclosed\nsource:\n  name: W') + 'Text.' }, ['bad.md']],
  ['unknown field', { 'bad.md': front(`${good}\nauthr: Someone`) + 'Text.' }, ['bad.md', 'unknown field "authr"; a typo?']],
  ['two files, one URL', { 'Same Name.md': front(good) + 'One.', 'same-name.md': front(good) + 'Two.' }, ['same-name', 'publishes to the same URL (/articles/same-name/)']],
  ['empty body', { 'bad.md': front(good) + '\n   \n' }, ['bad.md', 'body: the article has no text']],
  ['a body that sanitises to nothing', { 'bad.md': front(good) + '<script>alert(1)</script>\n\n<style>p{}</style>\n' }, ['bad.md', 'the article has no readable text']],
  ['bytes that are not UTF-8', { 'bad.md': new Uint8Array([...Buffer.from(front(good) + 'Caf'), 0xe9, 0x0a]) }, ['bad.md', 'encoding: byte', 'is not UTF-8']],
  ['sanitising removes words a reader would see', { 'bad.md': front(good) + 'Before.\n\n<textarea>Words a reader sees</textarea>\n\nAfter.\n' }, ['bad.md', '[text]', 'lost "Words a reader sees"']],
  ...pathologicalBodies()
    .filter((input) => !input.published)
    .map(({ name, body }): [string, Record<string, string>, string[]] => [name, { 'bad.md': front(good) + body }, ['bad.md', 'body, line ', structureMessages[name]!]]),
];

describe('refused with a message naming the file and the field', () => {
  it.each(refused)('%s', (_name, files, mentions) => {
    const result = build(files);
    expect(result.status, result.output).not.toBe(0);
    for (const text of mentions) expect(result.output).toContain(text);
    expect(result.output).toContain('Build failed (see above); nothing was written to');
    expect(result.seconds).toBeLessThan(60);
  });
});

describe('handled and published', () => {
  it.each([
    ['a byte-order mark', { 'bom.md': `\uFEFF${front(good)}Text with a mark before it.\n` }],
    ['CRLF line endings', { 'crlf.md': `${front(good)}First "quoted" paragraph, the ministry said.\r\n\r\nSecond paragraph.\r\n`.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r') }],
    ...pathologicalBodies()
      .filter((input) => input.published && input.body.length < 1e6)
      .map(({ name, body }): [string, Record<string, string>] => [name, { 'input.md': front(good) + body }]),
  ])('%s', (_name, files) => {
    const result = build(files);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/fidelity: 2\/2 articles pass/);
  });

  it('a 5 MB article builds within seconds, not minutes', () => {
    const { body } = pathologicalBodies().find((input) => input.name === 'a 5 MB article')!;
    const result = build({ 'huge.md': front(good) + body });
    expect(result.status, result.output.slice(-2000)).toBe(0);
    expect(result.seconds).toBeLessThan(120);
    console.log(`5 MB article: built and verified in ${result.seconds.toFixed(1)} s`);
  });
});

describe('a failed build costs nothing', () => {
  function snapshot(dir: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const name of readdirSync(dir, { recursive: true }) as string[]) {
      const path = join(dir, name);
      if (statSync(path).isFile()) files[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
    return files;
  }

  it('leaves the previous dist/ byte for byte as it was, and says so', () => {
    const first = buildSite({ content: content({}) });
    expect(first.status, first.output).toBe(0);
    const before = snapshot(first.out);
    const second = buildSite({ content: content({ 'bad.md': front('title: T') + 'Text.' }), out: first.out });
    expect(second.status).not.toBe(0);
    expect(second.output).toContain(`${first.out} is left exactly as it was`);
    expect(snapshot(first.out)).toEqual(before);
  });

  it('a failed fidelity check also keeps the old site', () => {
    const first = buildSite({ content: content({}) });
    const before = snapshot(first.out);
    const second = buildSite({ content: content({ 'lossy.md': front(good) + 'Keep <textarea>these words</textarea> please.\n' }), out: first.out });
    expect(second.status).not.toBe(0);
    expect(second.output).toContain('Fidelity check failed');
    expect(snapshot(first.out)).toEqual(before);
  });
});
