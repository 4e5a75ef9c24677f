/**
 * The source facts of every article, kept between builds beside Astro's own content cache. Astro
 * re-renders only the articles that changed, so only those are read again by the build; this
 * lets the verifier skip reading the others' Markdown too. An entry counts only for the exact
 * text it was read from, and the whole cache only for the code that read it (its salt, the
 * Markdown pipeline's `codeDigest`).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SourceFacts } from '../../text/source-facts.ts';

interface Stored {
  salt: string;
  entries: Record<string, CachedFacts>;
}

/** What an entry is keyed by: the digest of the exact file text its facts were read from. */
export const digestText = (text: string): string => createHash('sha1').update(text).digest('hex');

export interface CachedFacts {
  hash: string;
  facts: SourceFacts;
}

export class FactsCache {
  readonly #file: string;
  readonly #salt: string;
  readonly #entries: Map<string, CachedFacts>;

  private constructor(file: string, salt: string, entries: Stored['entries']) {
    this.#file = file;
    this.#salt = salt;
    this.#entries = new Map(Object.entries(entries));
  }

  static async load(file: string, salt: string): Promise<FactsCache> {
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as Stored;
      return new FactsCache(file, salt, stored.salt === salt ? stored.entries : {});
    } catch {
      return new FactsCache(file, salt, {});
    }
  }

  /** What was kept for `path`; it counts only if its hash is that of the file's text now. */
  get(path: string): CachedFacts | undefined {
    return this.#entries.get(path);
  }

  set(path: string, hash: string, { blocks, blockquotes, lang, unknownTags }: SourceFacts): void {
    this.#entries.set(path, { hash, facts: { blocks, blockquotes, lang, ...(unknownTags ? { unknownTags } : {}) } });
  }

  /** Keeps only the given files' entries (others were deleted or renamed), then writes. */
  async save(keep: ReadonlySet<string>): Promise<void> {
    for (const path of this.#entries.keys()) if (!keep.has(path)) this.#entries.delete(path);
    await mkdir(dirname(this.#file), { recursive: true });
    const stored: Stored = { salt: this.#salt, entries: Object.fromEntries(this.#entries) };
    await writeFile(this.#file, JSON.stringify(stored));
  }
}

export const factsCacheFile = (cacheDir: string) => join(cacheDir, 'fidelity-sources.json');
