/**
 * An imported article's original, as kept beside the content (`original.path`, relative to the
 * entry's file): read for its own page and its download, so that a reader can open what the page
 * was proved against and check its SHA-256. The verifier proves both pages against the same file.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { downloadName } from '../contract.ts';
import type { Article } from '../schema/article.ts';
import { decodeUtf8 } from '../text/utf8.ts';

export interface OriginalFile {
  /** The original's bytes, exactly as imported. */
  bytes: Uint8Array;
  /** Its text, as the importer read it (UTF-8). */
  text: string;
  /** The file name it is offered for download as: its own, a web page's with `.txt` after it. */
  download: string;
}

/** `entry`: its file (relative to the project, as the content layer gives it) and its data. */
export function readOriginalFile(entry: { filePath?: string | undefined; data: Pick<Article, 'original'> }): OriginalFile {
  const { original } = entry.data;
  if (!original || !entry.filePath) throw new Error(`${entry.filePath ?? 'an entry'}: original: the entry records no original`);
  const path = resolve(dirname(resolve(entry.filePath)), original.path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new Error(`${entry.filePath}: original.path: the original ${original.path} cannot be read`);
  }
  const decoded = decodeUtf8(bytes);
  if ('badByte' in decoded) throw new Error(`${entry.filePath}: original.path: byte ${decoded.badByte} of ${original.path} is not UTF-8`);
  return { bytes, text: decoded.text, download: downloadName(original.path, original.format) };
}
