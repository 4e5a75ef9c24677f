/**
 * Every slug of the site, from one rule: GitHub's (`github-slugger`), as headings get on GitHub.
 * An article's id comes from its file's path, a source's and a topic's from their names, an
 * imported entry's file name from its title; the loader, the importer, the pages and the verifier
 * all take them from here, so that they agree on which address belongs to what.
 */
import { slug } from 'github-slugger';

/** `text` slugged, or `fallback` when it has no letter or digit to slug. */
function slugOf(text: string, fallback = ''): string {
  return slug(text) || fallback;
}

/** An entry's id, from its path under the content folder: each folder and the file name (without `.md`) slugged. */
export function articleIdFromPath(relativePath: string): string {
  const withoutExtension = relativePath.replace(/\\/g, '/').replace(/\.(md|markdown)$/i, '');
  return withoutExtension
    .split('/')
    .map((segment) => slugOf(segment))
    .join('/');
}

/** An imported entry's file name, from its title: `articleIdFromPath` gives the same slug back. */
export const titleSlug = (title: string): string => slugOf(title, 'article');

/** A source's address: `Press TV` → `press-tv`; a name with no letter or digit gets `source`. */
export const sourceSlug = (name: string): string => slugOf(name, 'source');

/** A topic's address: `Air strikes` → `air-strikes`. */
export const topicSlug = (tag: string): string => slugOf(tag);
