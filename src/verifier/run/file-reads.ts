/**
 * The files one article's check reads, each with the digest of its bytes (or "missing"): the check
 * is a function of these and of the code alone, so an article whose files all read the same in a
 * later build has the same result and is not checked again (`checksCacheFile`). Source files are
 * kept by their absolute path, built ones by their path in the site: every build writes its pages
 * to a folder of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestText } from './build-cache.ts';

const MISSING = 'missing';

export interface ReadDigests {
  /** Content files and originals, by absolute path. */
  source: Record<string, string>;
  /** Files of the built site, by their path in it. */
  site: Record<string, string>;
}

export class FileReads implements ReadDigests {
  readonly source: Record<string, string> = {};
  readonly site: Record<string, string> = {};

  /** A source file's bytes; throws as `readFileSync` does, the file noted as missing. */
  sourceFile(path: string): Buffer {
    return readNoted(path, this.source, path);
  }

  /** A built file's bytes, by its path in `distDir`. */
  siteFile(distDir: string, file: string): Buffer {
    return readNoted(join(distDir, file), this.site, file);
  }
}

function readNoted(path: string, digests: Record<string, string>, key: string): Buffer {
  try {
    const bytes = readFileSync(path);
    digests[key] = digestText(bytes);
    return bytes;
  } catch (error) {
    digests[key] = MISSING;
    throw error;
  }
}

/** Whether every file of `digests` reads now as it did; `at` gives a key's path. */
export function readSame(digests: Readonly<Record<string, string>>, at: (key: string) => string = (key) => key): boolean {
  for (const [key, digest] of Object.entries(digests)) {
    let now: string;
    try {
      now = digestText(readFileSync(at(key)));
    } catch {
      now = MISSING;
    }
    if (now !== digest) return false;
  }
  return true;
}

/** `readSame` for the built files, in `distDir`. */
export const builtSame = (digests: Readonly<Record<string, string>>, distDir: string): boolean =>
  readSame(digests, (file) => join(distDir, file));
