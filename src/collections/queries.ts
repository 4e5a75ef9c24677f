import { createHash } from 'node:crypto';
import type { PaginateFunction } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { PAGE_SIZE } from '../site.ts';
import { byIndexOrder } from './order.ts';
import { byMonth, bySource, byTopic, undated, type Group } from './taxonomy.ts';
import { sourcePath } from '../routes.ts';
import { sourceSlug } from '../text/slug.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

let sorted: Promise<ArticleEntry[]> | undefined;

/**
 * A page's `cacheKey` for Astro's incremental build: a page whose key, code, configuration and
 * dependencies are as in the last build is copied from it, not generated again. So the key names
 * everything the page shows that is not its code: each entry it reads by its digest (the digest
 * of its file, whose frontmatter pins its originals by SHA-256) and any other fact it is given.
 * A render's own code is not in it: when that changes, the build renders every article again
 * and regenerates every page (`--force`, scripts/build.ts).
 */
export function pageKey(...read: ReadonlyArray<ArticleEntry | string | boolean | undefined>): string {
  const hash = createHash('sha1');
  for (const part of read) hash.update(typeof part === 'object' ? `${part.id}\0${part.digest}\0` : `${String(part)}\0`);
  return hash.digest('base64url');
}

/**
 * Every article in index order. `getCollection` copies every entry on each call, so the pages
 * share one sorted list per build.
 */
export function articlesInIndexOrder(): Promise<ArticleEntry[]> {
  sorted ??= getCollection('articles').then((entries) => entries.sort(byIndexOrder));
  return sorted;
}

/** Every article in index order, `PAGE_SIZE` a page: the index's pages and the checks' pages. */
export async function articlePages(paginate: PaginateFunction) {
  return paginate(await articlesInIndexOrder(), { pageSize: PAGE_SIZE });
}

export type SourceEntry = CollectionEntry<'sources'>;

export interface Taxonomy {
  sources: Map<string, Group<ArticleEntry>>;
  topics: Map<string, Group<ArticleEntry>>;
  months: Map<string, Group<ArticleEntry>>;
  undated: ArticleEntry[];
  /** Source profiles by their address; a source may have none. */
  profiles: Map<string, SourceEntry>;
}

let taxonomy: Promise<Taxonomy> | undefined;

/** Every article filed by source, topic and month, once per build (see `taxonomy.ts`). */
export function articleTaxonomy(): Promise<Taxonomy> {
  taxonomy ??= Promise.all([articlesInIndexOrder(), getCollection('sources')]).then(([entries, profiles]) => ({
    sources: bySource(entries),
    topics: byTopic(entries),
    months: byMonth(entries),
    undated: undated(entries),
    profiles: profilesBySlug(profiles),
  }));
  return taxonomy;
}

/** Two profiles for one source would publish one page twice: refused, naming both files. */
function profilesBySlug(profiles: SourceEntry[]): Map<string, SourceEntry> {
  const bySlug = new Map<string, SourceEntry>();
  for (const profile of profiles) {
    const key = sourceSlug(profile.data.name);
    const other = bySlug.get(key);
    if (other)
      throw new Error(
        `${other.filePath ?? other.id} and ${profile.filePath ?? profile.id} both describe "${profile.data.name}" (${sourcePath(key)}): keep one`,
      );
    bySlug.set(key, profile);
  }
  return bySlug;
}
