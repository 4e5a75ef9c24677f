/**
 * Sources, topics and months: each article filed once under its source, each of its topics and
 * its month, in one pass over the entries in index order, so every listing page takes its own
 * group and no page walks every entry. Pure; the pages to browse by (`src/routes/`) and the feeds take
 * their groups from here.
 */
import { sourceSlug, topicSlug } from '../text/slug.ts';
import type { Orderable } from './order.ts';

export interface Filed extends Orderable {
  data: Orderable['data'] & { source: { name: string }; tags?: string[] | undefined };
}

export interface Group<T> {
  /** The part of the URL: `/sources/<slug>/`, `/topics/<slug>/`, `/archive/<slug>/`. */
  slug: string;
  /** As shown: the source's name, the topic as first written, "March 2024". */
  name: string;
  /** In index order (newest first, undated last). */
  entries: T[];
}

function grouped<T>(entries: readonly T[], keys: (entry: T) => Array<{ slug: string; name: string }>): Map<string, Group<T>> {
  const groups = new Map<string, Group<T>>();
  for (const entry of entries) {
    for (const { slug: key, name } of keys(entry)) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { slug: key, name, entries: [] }));
      group.entries.push(entry);
    }
  }
  return groups;
}

/** Articles by source name (as credited), in index order within each. */
export function bySource<T extends Filed>(entries: readonly T[]): Map<string, Group<T>> {
  return grouped(entries, (entry) => [{ slug: sourceSlug(entry.data.source.name), name: entry.data.source.name }]);
}

/** Articles by topic; a topic is named as it was first written. */
export function byTopic<T extends Filed>(entries: readonly T[]): Map<string, Group<T>> {
  return grouped(entries, (entry) => (entry.data.tags ?? []).map((tag) => ({ slug: topicSlug(tag), name: tag })));
}

const monthNames = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2024/03`: the archive address of a date's month (UTC, the zone dates are given in). */
export function monthSlug(date: Date): string {
  return `${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Dated articles by month, newest month first; undated ones are left to `undated`. */
export function byMonth<T extends Filed>(entries: readonly T[]): Map<string, Group<T>> {
  return grouped(entries, (entry) =>
    entry.data.published ? [{ slug: monthSlug(entry.data.published), name: monthNames.format(entry.data.published) }] : [],
  );
}

/** The articles with no date: never given one, listed under their own heading. */
export function undated<T extends Filed>(entries: readonly T[]): T[] {
  return entries.filter((entry) => !entry.data.published);
}
