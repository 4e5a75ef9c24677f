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
/** htmlparser2, loaded when the first feed is checked. */
const htmlparser2 = () => require('htmlparser2') as typeof import('htmlparser2');

/** An item of a feed: the address it links to, and the credit its content opens with, if any. */
export interface FeedItemCredit {
  link: string;
  credit?: { text: string; href?: string | undefined } | undefined;
}

/**
 * Each item of an RSS feed, with the credit line its content carries. Read with htmlparser2's
 * streaming XML parser, keeping of each item only its link and its content's opening: a site of
 * many sources and topics has hundreds of feeds, each item a whole article, and a feed parser
 * that builds every item whole spends most of its time on what is never read.
 */
export function feedItemCredits(xml: string): FeedItemCredit[] {
  const items: FeedItemCredit[] = [];
  let field: 'link' | 'content' | undefined;
  let link = '';
  let content = '';
  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name) {
        if (name === 'item') [link, content] = ['', ''];
        else if (name === 'link') field = 'link';
        else if (name === 'content:encoded') field = 'content';
      },
      ontext(text) {
        if (field === 'link') link += text;
        // The opening paragraph is all that is read: the rest of the article is not kept.
        else if (field === 'content' && !content.includes('</p>')) content += text;
      },
      onclosetag(name) {
        if (name === 'link' || name === 'content:encoded') field = undefined;
        else if (name === 'item') items.push(itemCredit(link.trim(), content));
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return items;
}

/** An item's credit: the line marked as the page's credit, when its content opens with it. */
function itemCredit(link: string, content: string): FeedItemCredit {
  const end = content.indexOf('</p>');
  const tree = fromHtml(end < 0 ? '' : content.slice(0, end + 4), { fragment: true });
  const line = firstElementWhere(tree, (element) => element.properties[propertyName(pageMarkers.credit)] !== undefined);
  const anchor = line && firstElementWhere(line, (element) => element.tagName === 'a');
  const href = anchor?.properties.href;
  return {
    link,
    ...(line ? { credit: { text: toString(line).replace(/\s+/g, ' ').trim(), href: typeof href === 'string' ? href : undefined } } : {}),
  };
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
