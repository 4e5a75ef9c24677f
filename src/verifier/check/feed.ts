/**
 * The site's feeds must credit each article as its page does: each item (RSS, as
 * `routes/feeds/feed.ts` writes it) opens with the article's "Source: …" line (`pageMarkers.credit`),
 * naming its source and, when the source has an address, linking to it. A feed reader sees the
 * item, not the page: an item that credits another source, or none, fails its article.
 * Pure: the run reads the feeds and hands their text here.
 */
import { createRequire } from 'node:module';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { pageMarkers } from '../../contract.ts';
import { firstElementWhere } from '../../text/tree.ts';
import type { ArticleReport, Failure } from './report.ts';

const require = createRequire(import.meta.url);
/** feedsmith, loaded when the first feed is checked: the checking threads never load this module's readers. */
const feedsmith = () => require('feedsmith') as typeof import('feedsmith');

/** An item of a feed: the address it links to, and the credit its content opens with, if any. */
export interface FeedItemCredit {
  link: string;
  credit?: { text: string; href?: string | undefined } | undefined;
}

/** Each item of an RSS feed, with the credit line its content carries. */
export function feedItemCredits(xml: string): FeedItemCredit[] {
  const { items = [] } = feedsmith().parseRssFeed(xml) as { items?: Array<{ link?: string; content?: { encoded?: string } }> };
  return items.map((item) => {
    // The credit opens the item: its first paragraph is all there is to read (an item is a whole article).
    const content = item.content?.encoded ?? '';
    const end = content.indexOf('</p>');
    const tree = fromHtml(end < 0 ? '' : content.slice(0, end + 4), { fragment: true });
    const line = firstElementWhere(tree, (element) => element.properties[propertyName(pageMarkers.credit)] !== undefined);
    const anchor = line && firstElementWhere(line, (element) => element.tagName === 'a');
    const href = anchor?.properties.href;
    return {
      link: item.link ?? '',
      ...(line ? { credit: { text: toString(line).replace(/\s+/g, ' ').trim(), href: typeof href === 'string' ? href : undefined } } : {}),
    };
  });
}

/** hast's name of a `data-*` attribute: `data-source-credit` → `dataSourceCredit`. */
const propertyName = (attribute: string) => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** What an item must credit: its article's source, as its page does. */
const expectedCredit = ({ credit }: Pick<ArticleReport, 'credit'>) => `Source: ${credit.name}${credit.url ? ` (${credit.url})` : ''}`;

/** The failure of an item whose credit is not its article's, if it is not. */
export function checkItemCredit(item: FeedItemCredit, article: Pick<ArticleReport, 'credit'>, feed: string): Failure | undefined {
  const found = item.credit ? `${item.credit.text}${item.credit.href ? ` (${item.credit.href})` : ''}` : '(no credit)';
  const expected = expectedCredit(article);
  if (found === expected) return undefined;
  return { check: 'credit', message: `${feed}: its item for this article does not credit the source as the page does`, expected, found };
}
