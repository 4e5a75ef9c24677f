import { describe, expect, it } from 'vitest';
import { inspectArticleFile } from '../../../src/collections/articles-loader.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('inspectArticleFile', () => {
  it('returns dates as written so the schema can judge them', () => {
    expect(inspectArticleFile('a.md', bytes('---\ntitle: T\npublished: 2024-02-30\n---\n\nBody.'))).toEqual({ published: '2024-02-30' });
  });

  it('accepts a byte-order mark and CRLF line endings', () => {
    expect(inspectArticleFile('a.md', bytes('\uFEFF---\r\ntitle: T\r\nretrieved: 2024-01-02\r\n---\r\n\r\nBody.\r\n'))).toEqual({
      retrieved: '2024-01-02',
    });
  });

  it('refuses bytes that are not UTF-8, saying where', () => {
    const latin1 = new Uint8Array([...bytes('---\ntitle: Caf'), 0xe9, ...bytes('\n---\n\nBody.')]);
    expect(() => inspectArticleFile('content/articles/a.md', latin1)).toThrow('content/articles/a.md: encoding: byte 14 is not UTF-8');
  });

  it('refuses an empty body', () => {
    expect(() => inspectArticleFile('a.md', bytes('---\ntitle: T\n---\n\n  \n'))).toThrow('a.md: body: the article has no text');
  });
});
