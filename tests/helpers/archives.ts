/**
 * Web archives (WARC 1.1) made with warcio's own writer, for the tests and the import bench:
 * saved pages as `response` records (with their `request`), images and scripts beside them, each
 * record gzipped on its own when asked (as `.warc.gz` files are). Deterministic: the same pages
 * give the same bytes.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface ArchivedResource {
  url: string;
  /** The response's body: a page's HTML, or any bytes. */
  body: string | Uint8Array;
  /** `text/html; charset=utf-8` unless given. */
  contentType?: string;
  status?: number;
  /** Extra HTTP headers (`Content-Encoding`, …). */
  headers?: Record<string, string>;
  /** `2026-04-07T10:00:00Z` unless given. */
  date?: string;
}

const encoder = new TextEncoder();

/** A resource's response record (and, for a page, the request before it), serialized. */
export async function archiveRecords(resource: ArchivedResource, index: number, gzip: boolean): Promise<Uint8Array[]> {
  const date = resource.date ?? '2026-04-07T10:00:00Z';
  const id = (kind: string) => `<urn:uuid:00000000-0000-4000-8000-${kind}${String(index).padStart(10, '0')}>`;
  const body = typeof resource.body === 'string' ? encoder.encode(resource.body) : resource.body;
  const request = WARCRecord.create(
    {
      url: resource.url,
      date,
      type: 'request',
      warcVersion: 'WARC/1.1',
      warcHeaders: { 'WARC-Record-ID': id('01') },
      httpHeaders: { Host: new URL(resource.url).host, 'User-Agent': 'test-crawler' },
      statusline: `GET ${new URL(resource.url).pathname} HTTP/1.1`,
    },
    [],
  );
  const response = WARCRecord.create(
    {
      url: resource.url,
      date,
      type: 'response',
      warcVersion: 'WARC/1.1',
      warcHeaders: { 'WARC-Record-ID': id('02'), 'WARC-Concurrent-To': id('01') },
      httpHeaders: { 'Content-Type': resource.contentType ?? 'text/html; charset=utf-8', ...resource.headers },
      statusline: `HTTP/1.1 ${resource.status ?? 200} ${resource.status === undefined || resource.status === 200 ? 'OK' : 'Other'}`,
    },
    [body],
  );
  return [await WARCSerializer.serialize(request, { gzip }), await WARCSerializer.serialize(response, { gzip })];
}

/** The archive's opening `warcinfo` record. */
async function archiveInfo(gzip: boolean): Promise<Uint8Array> {
  const info = WARCRecord.createWARCInfo(
    {
      filename: 'test.warc',
      warcVersion: 'WARC/1.1',
      date: '2026-04-07T09:59:00Z',
      warcHeaders: { 'WARC-Record-ID': '<urn:uuid:00000000-0000-4000-8000-000000000000>' },
    },
    { software: 'news-reader tests', format: 'WARC File Format 1.1' },
  );
  return WARCSerializer.serialize(info, { gzip });
}

/** A whole archive in memory. */
export async function archiveBytes(resources: readonly ArchivedResource[], { gzip = false } = {}): Promise<Buffer> {
  const parts = [await archiveInfo(gzip)];
  for (const [i, resource] of resources.entries()) parts.push(...(await archiveRecords(resource, i, gzip)));
  return Buffer.concat(parts);
}

/** An archive of any size written to `path` as it is made, one resource at a time. */
export async function writeArchive(path: string, resources: Iterable<ArchivedResource>, { gzip = false } = {}): Promise<void> {
  const out = createWriteStream(path);
  const write = async (bytes: Uint8Array) => {
    if (!out.write(bytes)) await once(out, 'drain');
  };
  await write(await archiveInfo(gzip));
  let i = 0;
  for (const resource of resources) for (const bytes of await archiveRecords(resource, i++, gzip)) await write(bytes);
  out.end();
  await once(out, 'finish');
}

/** A saved news page, as a site serves it. */
export function newsPage({
  title,
  site,
  paragraphs,
  author,
}: {
  title: string;
  site?: string;
  paragraphs: string[];
  author?: string;
}): string {
  const head = [
    `<title>${title}${site ? ` | ${site}` : ''}</title>`,
    site ? `<meta property="og:site_name" content="${site}">` : '',
    author ? `<meta name="author" content="${author}">` : '',
  ].join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><footer>© ${site ?? 'the site'}</footer></body></html>`;
}

/** Bytes as HTTP/1.1 sends them in chunks. */
export function chunked(bytes: Uint8Array): Buffer {
  const half = Math.floor(bytes.length / 2);
  const chunk = (part: Uint8Array) => Buffer.concat([Buffer.from(`${part.length.toString(16)}\r\n`), part, Buffer.from('\r\n')]);
  return Buffer.concat([chunk(bytes.subarray(0, half)), chunk(bytes.subarray(half)), Buffer.from('0\r\n\r\n')]);
}
