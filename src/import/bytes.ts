/**
 * An original's bytes: their digest, and their text when they are a text at all. Kept apart from
 * the readers (and their DOM and parsers), so that the fidelity check can load it on its own.
 */
import { createHash } from 'node:crypto';
import { decodeUtf8 } from '../text/utf8.ts';
import { ImportError } from './imported.ts';

/** The original's text: refused when empty, binary or not UTF-8, naming the byte. */
export function originalText(bytes: Uint8Array, shown: string): string {
  if (bytes.length === 0) throw new ImportError(`${shown}: the file is empty`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ImportError(`${shown}: looks binary (a NUL byte at offset ${nul}), not a text report`);
  const decoded = decodeUtf8(bytes);
  if ('badByte' in decoded)
    throw new ImportError(
      `${shown}: byte ${decoded.badByte} is not UTF-8; convert the file to UTF-8 first (iconv -f WINDOWS-1252 -t UTF-8)`,
    );
  return decoded.text;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
