/**
 * The web-archive reader: WARC files (what the Wayback Machine, Webrecorder and Browsertrix
 * write), plain or gzipped record by record, read as a stream with warcio, so that an archive of
 * any size is read in bounded memory. Each HTML page (a `response` record with status 200, or a
 * `resource` record) is read as a web page (`web-page.ts`), at the record's target URI when the
 * page names no address of its own; its capture date (`WARC-Date`) is the entry's `retrieved`.
 * Every other record (images, scripts, requests, redirects) is passed over. A page stored
 * compressed or in another charset than UTF-8 is read as a browser reads it. Each page's record
 * is kept as its own original: the record's bytes (the archive's gzip undone), itself a WARC file
 * of one record.
 */
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { brotliDecompressSync, createGunzip, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { WARCParser, WARCRecord } from 'warcio';
import { ImportError, isoSecond, type OriginalItem, type ReaderOptions } from '../imported.ts';
import { readWebPage } from './web-page.ts';
import { originalText } from '../bytes.ts';

const require = createRequire(import.meta.url);

/**
 * warcio, loaded on first use: every verifier thread loads this module for the originals it may
 * meet, and most sites have no archive among them. `require`, as for the web-page reader's DOM.
 */
const warcio = () => require('warcio') as typeof import('warcio');
const base32 = () => (require('base32-encode') as typeof import('base32-encode')).default;

const htmlTypes = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/** An HTTP header of a record's response, by name in any case (a parser that keeps the case written looks up as written). */
function httpHeader(record: WARCRecord, name: string): string | undefined {
  const headers = record.httpHeaders?.headers;
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of headers) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** The media type and charset of a record's page: its HTTP header, or for a `resource` record its WARC header. */
function contentType(record: WARCRecord): string {
  return (httpHeader(record, 'Content-Type') ?? record.warcContentType ?? '').trim();
}

/** Whether a record holds a page to read: HTML, delivered (status 200) or stored as a resource. */
function isPage(record: WARCRecord): boolean {
  if (record.warcType === 'response') return String(record.httpHeaders?.statusCode ?? '') === '200' && htmlTypes.test(contentType(record));
  return record.warcType === 'resource' && htmlTypes.test(contentType(record));
}

/** A page record as it is kept: what identifies it, its page's HTML, or why it is not imported. */
interface PageRecord extends Omit<OriginalItem, 'original' | 'article'> {
  html?: string | undefined;
  url?: string | undefined;
}

/**
 * A page as a browser receives it, from the payload the record stores: chunks joined
 * (`Transfer-Encoding`), its `Content-Encoding` (gzip, deflate, br) undone with Node's zlib, its
 * bytes decoded in the charset its headers declare (UTF-8 when they declare none). Also the
 * payload as stored, transfer encoding removed or not, for its digest. Or why it cannot be read.
 */
async function pageOf(record: WARCRecord, named: string): Promise<{ page: Uint8Array; html: string; stored: Uint8Array[] } | string> {
  const raw = await record.readFully(false);
  const joined = /\bchunked\b/i.test(httpHeader(record, 'Transfer-Encoding') ?? '')
    ? await new (warcio().AsyncIterReader)([raw], null, true).readFully()
    : raw;
  const encoding = (httpHeader(record, 'Content-Encoding') ?? '').trim().toLowerCase();
  let page: Uint8Array;
  try {
    if (!encoding || encoding === 'identity') page = joined;
    else if (encoding === 'gzip' || encoding === 'x-gzip') page = gunzipSync(joined);
    else if (encoding === 'br') page = brotliDecompressSync(joined);
    else if (encoding === 'deflate') page = deflated(joined);
    else return `its page is encoded as "${encoding}", which cannot be decoded`;
  } catch {
    throw new ImportError(`${named}: its page's ${encoding} data cannot be decoded: the archive is damaged`);
  }
  const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType(record))?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return `its page declares the charset "${charset}", which cannot be decoded`;
  }
  try {
    return { page, html: decoder.decode(page), stored: [raw, joined] };
  } catch {
    return `its page is not ${charset}, the charset it declares`;
  }
}

/** HTTP's deflate: zlib-wrapped as the standard says, or raw as some servers send it. */
function deflated(bytes: Uint8Array): Uint8Array {
  try {
    return inflateSync(bytes);
  } catch {
    return inflateRawSync(bytes);
  }
}

/** Reads a page record's HTML and what identifies it; the page itself is read by the caller. */
async function pageRecord(record: WARCRecord, row: number, label: string, named: string): Promise<PageRecord> {
  const read = await pageOf(record, named);
  if (typeof read === 'string') return { row, label, skipped: read };
  // The digest of the payload as stored; writers differ on whether chunking is undone first.
  const damaged = digestMismatch(record.warcPayloadDigest, read.stored);
  if (damaged) throw new ImportError(`${named}: the page does not match its WARC-Payload-Digest (${damaged}): the archive is damaged`);
  const date = record.warcDate ?? undefined;
  return {
    row,
    label,
    html: read.html,
    url: record.warcTargetURI ?? undefined,
    item: createHash('sha256').update(read.page).digest('hex'),
    ...(record.warcHeader('WARC-Record-ID') ? { record: record.warcHeader('WARC-Record-ID')! } : {}),
    ...(date && !Number.isNaN(Date.parse(date)) ? { retrieved: isoSecond(new Date(date)) } : {}),
  };
}

/** A page to read: its HTML, how messages name it, the reader's options. */
export interface PageTask {
  html: string;
  file: string;
  options: ReaderOptions;
}

/** The item of a page record, its page read by `read`. */
async function pageItem<Article>(
  { html, url, ...page }: PageRecord,
  named: string,
  options: ReaderOptions,
  read: (task: PageTask) => Article | Promise<Article>,
): Promise<Omit<OriginalItem<Article>, 'original'>> {
  return html === undefined ? page : { ...page, article: await read({ html, file: named, options: { ...options, url } }) };
}

/** Why none of a payload's stored forms matches the digest its record declares (`sha256:…`, `sha1:…`, hex or base32), if none does. */
function digestMismatch(declared: string | null | undefined, payloads: readonly Uint8Array[]): string | undefined {
  const [algorithm = '', value = ''] = (declared ?? '').split(':');
  const name = { sha1: 'sha1', 'sha-1': 'sha1', sha256: 'sha256', 'sha-256': 'sha256' }[algorithm.toLowerCase()];
  if (!name || !value) return undefined;
  const wanted = value.replace(/=+$/, '').toLowerCase();
  const matches = (payload: Uint8Array) => {
    const digest = createHash(name).update(payload).digest();
    return [digest.toString('hex'), base32()(digest, 'RFC4648', { padding: false })].some((form) => form.toLowerCase() === wanted);
  };
  return payloads.some(matches) ? undefined : `${algorithm} differs`;
}

/**
 * Whether a record arrived whole: warcio reads quietly past where an archive is cut short or a
 * gzip member is damaged, so each record must have the headers every record has (WARC 1.1,
 * section 5) and end where its `Content-Length` says.
 */
function recordWhole(parser: WARCParser, record: WARCRecord): boolean {
  const required = ['WARC-Type', 'WARC-Record-ID', 'WARC-Date', 'Content-Length'];
  return (
    required.every((name) => record.warcHeader(name)) &&
    parser._reader.getReadOffset() === parser._warcHeadersLength + record.warcContentLength
  );
}

/** The label of the `row`th record in messages: `record 3 (https://…)`. */
const labelOf = (row: number, record: WARCRecord) => `record ${row}${record.warcTargetURI ? ` (${record.warcTargetURI})` : ''}`;

/**
 * The bytes of a stream as they pass, kept from a given offset on: each record's own bytes are
 * cut from what the parser has read, never read again from the file.
 */
class KeptBytes {
  #chunks: Uint8Array[] = [];
  /** Where the first kept chunk starts in the stream. */
  #start = 0;
  /** The stream's length so far. */
  total = 0;
  /** Chunks that end before this are not kept (a record passed over). */
  #keepFrom = 0;

  /** Passes the stream's chunks on, keeping them. */
  async *tee(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      this.total += chunk.length;
      if (this.total > this.#keepFrom) this.#chunks.push(chunk);
      else this.#start = this.total;
      yield chunk;
    }
  }

  /** Forgets what comes before `offset`. */
  drop(offset: number): void {
    this.#keepFrom = Math.max(this.#keepFrom, offset);
    while (this.#chunks.length > 0 && this.#start + this.#chunks[0]!.length <= offset) this.#start += this.#chunks.shift()!.length;
  }

  /** A copy of the bytes from `offset` (kept), `length` of them or as many as the stream had. */
  slice(offset: number, length: number): Uint8Array {
    const bytes = new Uint8Array(Math.max(0, Math.min(length, this.total - offset)));
    let at = this.#start;
    for (const chunk of this.#chunks) {
      const from = Math.max(offset, at);
      const to = Math.min(offset + bytes.length, at + chunk.length);
      if (from < to) bytes.set(chunk.subarray(from - at, to - at), from - offset);
      at += chunk.length;
    }
    return bytes;
  }
}

/**
 * Reads the archive at `path` as a stream, record by record, yielding each page record with its
 * page being read by `read` (on threads, for the importer): boxed, so that the caller waits for
 * each in turn (`inOrder`). A gzipped archive is inflated by Node's zlib, member after member,
 * before the parser sees it (warcio's own inflating, in JavaScript, is slower: bench:import). Each
 * item's original is its record's bytes, cut from the stream as it passes: only page records
 * are kept, so that what the archive holds besides (images, scripts) costs the memory of one
 * record at most.
 */
export async function* readWarc<Article>(
  path: string,
  file: string,
  options: ReaderOptions,
  read: (task: PageTask) => Promise<Article>,
): AsyncGenerator<{ result: Promise<OriginalItem<Article> & { original: Uint8Array }> }> {
  const fromFile = createReadStream(path, { highWaterMark: 1 << 20 });
  const inflate = isGzip(path) ? createGunzip() : undefined;
  const stream = inflate ? pipeline(fromFile, inflate, () => undefined) : fromFile;
  const kept = new KeptBytes();
  const parser = new (warcio().WARCParser)(kept.tee(stream));
  let row = 0;
  let end = 0;
  // A page's record ends with the blank line after it, read once the parser goes on to the next.
  let cut: (() => void) | undefined;
  try {
    for await (const record of parser) {
      cut?.();
      cut = undefined;
      kept.drop(parser.offset);
      row++;
      if (!/^WARC\/1\.[01]\b/.test(record.warcHeaders.statusline))
        throw new ImportError(`${file}: not a WARC file: record ${row} does not open with "WARC/1.0" or "WARC/1.1"`);
      const label = labelOf(row, record);
      const page = isPage(record) ? await pageRecord(record, row, label, `${file} ${label}`) : undefined;
      if (!page) {
        kept.drop(parser._warcHeadersLength + record.warcContentLength);
        await record.skipFully();
      }
      if (!recordWhole(parser, record))
        throw new ImportError(`${file} ${label}: the record is cut short: the archive is truncated or damaged`);
      end = parser.offset + parser.recordLength;
      if (!page) continue;
      const { offset, recordLength } = parser;
      const original = new Promise<Uint8Array>((resolve) => (cut = () => resolve(kept.slice(offset, recordLength + 4))));
      yield {
        result: Promise.all([pageItem(page, `${file} ${label}`, options, read), original]).then(([one, bytes]) => ({
          ...one,
          original: bytes,
        })),
      };
    }
    cut?.();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const why = (error as { code?: string }).code?.startsWith('Z_') ? `its gzip data is damaged: ${(error as Error).message}` : undefined;
    if (why) throw new ImportError(`${file}: the archive is damaged after record ${row}: ${why}`);
    throw new ImportError(`${file}: not a WARC file warcio can read, after record ${row}: ${(error as Error).message}`);
  }
  if (row === 0) throw new ImportError(`${file}: no WARC records in the file`);
  // Past the last record only its closing line ends may follow; anything more was not read.
  const size = statSync(path).size;
  if (inflate && inflate.bytesWritten < size)
    throw new ImportError(
      `${file}: the archive is damaged after record ${row}: ${size - inflate.bytesWritten} of its ${size} bytes are not gzip data`,
    );
  if (kept.total - end > 4)
    throw new ImportError(
      `${file}: the archive is damaged after record ${row}: ${kept.total - end} of its ${kept.total} bytes${inflate ? ' (inflated)' : ''} could not be read as records`,
    );
}

/** A file's first bytes say whether it is gzipped. */
function isGzip(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/** A WARC file of one record (an item's own original), read back as its page: for the fidelity check. */
export async function readWarcRecord(bytes: Uint8Array, file: string, options: ReaderOptions = {}): Promise<OriginalItem[]> {
  const items: OriginalItem[] = [];
  let row = 0;
  try {
    for await (const record of new (warcio().WARCParser)([bytes])) {
      row++;
      if (!isPage(record)) {
        await record.skipFully();
        continue;
      }
      const label = labelOf(row, record);
      const named = `${file} ${label}`;
      items.push({
        ...(await pageItem(await pageRecord(record, row, label, named), named, options, (task) =>
          readWebPage(task.html, task.file, task.options),
        )),
        original: bytes,
      });
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`${file}: not a WARC record warcio can read: ${(error as Error).message}`);
  }
  return items;
}

/**
 * The text of a record kept as an original, as its page shows it: the record itself when it is
 * UTF-8 text; else (a page stored compressed, or in another charset) its WARC and HTTP headers as
 * written and its page as a browser reads it. The download is the record, byte for byte.
 */
export async function warcShownText(bytes: Uint8Array, file: string): Promise<string> {
  try {
    return originalText(bytes, file);
  } catch {
    for await (const record of new (warcio().WARCParser)([bytes])) {
      const read = isPage(record) ? await pageOf(record, file) : undefined;
      if (!read || typeof read === 'string') break;
      // The WARC headers (and a response's HTTP headers) as written, each block up to its blank line.
      const head = Buffer.from(bytes).toString('latin1');
      const first = head.indexOf('\r\n\r\n');
      const end = record.httpHeaders ? head.indexOf('\r\n\r\n', first + 4) : first;
      return `${head.slice(0, end + 4)}${read.html}`;
    }
    throw new ImportError(`${file}: not a page record of a web archive`);
  }
}
