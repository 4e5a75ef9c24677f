import { getCollection, type CollectionEntry } from 'astro:content';
import { byIndexOrder } from './order.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

let sorted: Promise<ArticleEntry[]> | undefined;

/**
 * Every article in index order. `getCollection` copies every entry on each call, so the pages
 * share one sorted list per build.
 */
export function articlesInIndexOrder(): Promise<ArticleEntry[]> {
  sorted ??= getCollection('articles').then((entries) => entries.sort(byIndexOrder));
  return sorted;
}
