/**
 * An article's JSON-LD, typed with schema-dts: a `NewsArticle` whose `isBasedOn` is the source's
 * report and `sourceOrganization` the source; `citation` holds what its text credits to others
 * (each source credited, by `creditText` with the cues, since the text does not say whether it is
 * a person or a body) and its attributed quotations (`Quotation`, with the speaker as written).
 * Its `author` is who the byline names, else the source, as an organisation.
 * Serialised so that no `</script>` in a title can close the data block early.
 */
import type { NewsArticle, WithContext } from 'schema-dts';
import { citationOf } from '../contract.ts';
import { bylineNames } from './format.ts';

export interface ArticleFacts {
  title: string;
  description: string;
  lang: string;
  url?: string | undefined;
  published?: Date | undefined;
  updated?: Date | undefined;
  /** For a report its source changed: how many copies there are, and when the newest was retrieved. */
  versions?: { count: number; latest?: Date | undefined } | undefined;
  source: { name: string; url?: string | undefined };
  /** The byline as the original prints it ("By Jane Doe"). */
  byline?: string | undefined;
  /** Who the text cites, by name, with the cues that credit them. */
  cited: ReadonlyArray<{ name: string; cues: readonly string[] }>;
  /** Quotations the text gives to a speaker. */
  quotations: ReadonlyArray<{ text: string; by: string }>;
  siteName: string;
  /** The site's logo, an absolute URL (known when the site's address is). */
  logo?: string | undefined;
}

export function newsArticle(facts: ArticleFacts): WithContext<NewsArticle> {
  const modified = facts.versions?.latest ?? facts.updated ?? facts.published;
  const source = { '@type': 'Organization' as const, name: facts.source.name, ...(facts.source.url ? { url: facts.source.url } : {}) };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.title,
    description: facts.description,
    inLanguage: facts.lang,
    ...(facts.url ? { url: facts.url, mainEntityOfPage: facts.url } : {}),
    ...(facts.published ? { datePublished: facts.published.toISOString() } : {}),
    ...(modified ? { dateModified: modified.toISOString() } : {}),
    ...(facts.versions ? { version: facts.versions.count } : {}),
    ...(facts.source.url ? { isBasedOn: facts.source.url } : {}),
    sourceOrganization: source,
    author: facts.byline ? { '@type': 'Person', name: bylineNames(facts.byline) } : source,
    publisher: {
      '@type': 'Organization',
      name: facts.siteName,
      ...(facts.logo ? { logo: { '@type': 'ImageObject', url: facts.logo } } : {}),
    },
    ...(facts.cited.length + facts.quotations.length
      ? {
          citation: citationOf(facts.cited, facts.quotations),
        }
      : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so the text cannot end the element. */
export function jsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
