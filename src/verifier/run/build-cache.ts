/**
 * What the verifier keeps between builds, beside Astro's own content cache, one entry per content
 * file. Astro re-renders only the articles that changed; with the source facts it read
 * (`factsCacheFile`) the verifier skips reading the others' Markdown too, and with each
 * article's check and the digests of the files it read (`checksCacheFile`), it skips checking
 * again an article whose files all read the same. An entry counts only for what it was made
 * from, and the whole cache only for the code that made it (its salt).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { codeDigest, renderEntries } from '../../markdown/code-digest.ts';
import type { SourceFacts } from '../../text/source-facts.ts';

interface Stored<T> {
  salt: string;
  entries: Record<string, T>;
}

/** The digest of a file's exact text or bytes: what a cache entry is keyed by. */
export const digestText = (text: string | Uint8Array): string => createHash('sha1').update(text).digest('hex');

/** A source's facts, valid only for the text whose digest is `hash`. */
export interface CachedFacts {
  hash: string;
  facts: SourceFacts;
}

export class BuildCache<T> {
  readonly #file: string;
  readonly #salt: string;
  readonly #entries: Map<string, T>;

  private constructor(file: string, salt: string, entries: Stored<T>['entries']) {
    this.#file = file;
    this.#salt = salt;
    this.#entries = new Map(Object.entries(entries));
  }

  /** The cache kept in `file`, empty when there is none, it cannot be read, or other code (`salt`) made it. */
  static async load<T>(file: string, salt: string): Promise<BuildCache<T>> {
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as Stored<T>;
      return new BuildCache<T>(file, salt, stored.salt === salt ? stored.entries : {});
    } catch {
      return new BuildCache<T>(file, salt, {});
    }
  }

  /** What was kept for `path`; whether it still counts is the caller's to check. */
  get(path: string): T | undefined {
    return this.#entries.get(path);
  }

  set(path: string, entry: T): void {
    this.#entries.set(path, entry);
  }

  /** Keeps only the given files' entries (others were deleted or renamed), then writes. */
  async save(keep: ReadonlySet<string>): Promise<void> {
    for (const path of this.#entries.keys()) if (!keep.has(path)) this.#entries.delete(path);
    await mkdir(dirname(this.#file), { recursive: true });
    const stored: Stored<T> = { salt: this.#salt, entries: Object.fromEntries(this.#entries) };
    await writeFile(this.#file, JSON.stringify(stored));
  }
}

/** A source's facts as kept: what the verifier reads of a source, nothing a render adds. */
export const cachedFacts = (hash: string, { blocks, blockquotes, lang, unknownTags }: SourceFacts): CachedFacts => ({
  hash,
  facts: { blocks, blockquotes, lang, ...(unknownTags ? { unknownTags } : {}) },
});

export const factsCacheFile = (cacheDir: string) => join(cacheDir, 'fidelity-sources.json');
export const checksCacheFile = (cacheDir: string) => join(cacheDir, 'fidelity-checks.json');

/**
 * The salt of the kept checks: the code a check runs (the render's, whose facts it takes, and the
 * verifier's own), the packages installed, by their lock file (a new parser may read a page
 * otherwise), and Node's version (its ICU segments the words).
 */
export function checksSalt(): string {
  const code = codeDigest([...renderEntries, new URL('./worker.ts', import.meta.url), new URL('./site.ts', import.meta.url)]);
  let lock = '';
  try {
    lock = digestText(readFileSync(new URL('../../../package-lock.json', import.meta.url)));
  } catch {
    // No lock file: the code's digest alone.
  }
  return `${code} ${lock} ${process.version}`;
}
