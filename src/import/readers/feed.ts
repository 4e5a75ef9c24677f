/**
 * The feed reader: RSS 2.0 (and RSS 1.0), Atom 1.0 and JSON Feed 1.1, parsed by feedsmith. Each
 * full-text item is an article, credited to its channel, its author as byline, its `guid`/`id`
 * as its identity. Each item is kept as its own original: the feed cut to that one item
 * (`cut.ts`). An item without text, or a feed without a credit, is refused naming the item.
 * The mapping, field by field, is in docs/importing.md.
 */
import { createRequire } from 'node:module';
import { toString } from 'mdast-util-to-string';
import { isHttpUrl } from '../../schema/article.ts';
import { headlineText, markupBody } from '../body.ts';
import type { Cleanup } from '../cleanup.ts';
import { cutItem, elementSpans, jsonTree, property, xmlSpans, type Span } from '../cut.ts';
import { hostName, ImportError, isoSecond, joinNames, type ImportedArticle, type OriginalItem, type ReaderOptions } from '../imported.ts';

const require = createRequire(import.meta.url);

/**
 * feedsmith, loaded on first use: every verifier thread loads this module for the originals it may
 * meet, and most sites have no feed among them. `require`, as for the web-page reader's DOM.
 */
const feedsmith = () => require('feedsmith') as typeof import('feedsmith');

/** What the reader takes of an item, whatever its feed's format. */
export interface FeedItem {
  title?: string | undefined;
  /** Whether `title` is HTML (Atom's `type="html"`), to be read as the text it shows. */
  titleIsHtml?: boolean | undefined;
  html?: string | undefined;
  text?: string | undefined;
  link?: string | undefined;
  id?: string | undefined;
  authors: string[];
  published?: string | undefined;
  lang?: string | undefined;
}

/** What the reader takes of the channel: the credit, its address, its language, its authors. */
export interface Channel {
  title?: string | undefined;
  link?: string | undefined;
  lang?: string | undefined;
  authors: string[];
}

type Named = { name?: string | undefined } | string | undefined;
const names = (list: readonly Named[] | undefined): string[] =>
  (list ?? []).flatMap((one) => {
    const name = typeof one === 'string' ? one : one?.name;
    return name?.trim() ? [name.trim()] : [];
  });

/** An RSS `author` is an address with the name in brackets (`jane@example.org (Jane Doe)`): the name, never the address. */
const rssAuthor = (value: string | undefined): string[] => {
  const named = /\(([^()]+)\)\s*$/.exec(value ?? '')?.[1]?.trim();
  if (named) return [named];
  return value?.trim() && !value.includes('@') ? [value.trim()] : [];
};

/** A date as the entry records it: ISO as written, an RFC 822 date (RSS) as the same instant in ISO. */
function isoDate(value: string | undefined): string | undefined {
  const date = value?.trim();
  if (!date) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return date;
  const time = Date.parse(date);
  return Number.isNaN(time) ? undefined : isoSecond(new Date(time));
}

const linkOf = (links: ReadonlyArray<{ href?: string | undefined; rel?: string | undefined }> | undefined) =>
  (links ?? []).find(({ rel, href }) => (!rel || rel === 'alternate') && href)?.href;

interface ParsedFeed {
  channel: Channel;
  items: FeedItem[];
  spans: Span[];
}

function readXmlFeed(text: string, file: string): ParsedFeed {
  // Items and entries where each format has them; a feed that is not well formed is refused here.
  const { spans, rootAttributes } = xmlSpans(text, new Set(['item', 'entry']), new Set(['channel', 'rdf:RDF', 'feed']), file);
  let parsed: ReturnType<typeof import('feedsmith').parseFeed>;
  try {
    parsed = feedsmith().parseFeed(text);
  } catch (error) {
    throw new ImportError(`${file}: not an RSS, Atom or JSON feed: ${(error as Error).message}`);
  }
  if (parsed.format === 'atom') {
    const feed = parsed.feed as {
      title?: AtomText;
      links?: Array<{ href?: string; rel?: string }>;
      authors?: Named[];
      entries?: Array<{
        title?: AtomText;
        content?: AtomText;
        id?: string;
        links?: Array<{ href?: string; rel?: string }>;
        authors?: Named[];
        published?: string;
      }>;
    };
    const channel = { title: feed.title?.value, link: linkOf(feed.links), lang: rootAttributes['xml:lang'], authors: names(feed.authors) };
    const items = (feed.entries ?? []).map((entry): FeedItem => ({
      title: entry.title?.value,
      titleIsHtml: isMarkup(entry.title),
      ...(isMarkup(entry.content) ? { html: entry.content?.value } : { text: entry.content?.value }),
      link: linkOf(entry.links),
      id: entry.id,
      authors: names(entry.authors),
      published: entry.published,
    }));
    return { channel, items, spans };
  }
  if (parsed.format === 'rss' || parsed.format === 'rdf') {
    const feed = parsed.feed as {
      title?: string;
      link?: string;
      language?: string;
      items?: Array<{
        title?: string;
        link?: string;
        description?: string;
        guid?: { value?: string; isPermaLink?: boolean };
        authors?: Named[];
        pubDate?: string;
        dc?: { creators?: string[]; creator?: string; date?: string; dates?: string[] };
        content?: { encoded?: string };
      }>;
    };
    const items = (feed.items ?? []).map((item): FeedItem => {
      const guid = item.guid?.value?.trim();
      const permalink = guid && item.guid?.isPermaLink !== false && isHttpUrl(guid) ? guid : undefined;
      const creators = [...(item.dc?.creators ?? []), ...(item.dc?.creator ? [item.dc.creator] : [])];
      return {
        title: item.title,
        html: item.content?.encoded?.trim() ? item.content.encoded : item.description,
        link: item.link ?? permalink,
        id: guid,
        authors: creators.length ? names(creators) : names(item.authors).flatMap(rssAuthor),
        published: item.pubDate ?? item.dc?.date ?? item.dc?.dates?.[0],
      };
    });
    return { channel: { title: feed.title, link: feed.link, lang: feed.language, authors: [] }, items, spans };
  }
  throw new ImportError(`${file}: not an RSS or Atom feed`);
}

/** An Atom text construct: `type="text"` (the default) is text, `html` and `xhtml` are markup. */
type AtomText = { value?: string; type?: string };
const isMarkup = (construct: AtomText | undefined) => construct?.type === 'html' || construct?.type === 'xhtml';

function readJsonFeed(text: string, file: string): ParsedFeed {
  const tree = jsonTree(text, file);
  const itemsNode = property(tree, 'items');
  if (!itemsNode || itemsNode.type !== 'array') throw new ImportError(`${file}: a JSON Feed needs an "items" list`);
  let parsed: ReturnType<typeof import('feedsmith').parseFeed>;
  try {
    parsed = feedsmith().parseFeed(JSON.parse(text) as unknown);
  } catch (error) {
    throw new ImportError(
      `${file}: not a JSON Feed: ${error instanceof feedsmith().DetectError ? 'no JSON Feed version' : (error as Error).message}`,
    );
  }
  if (parsed.format !== 'json') throw new ImportError(`${file}: not a JSON Feed`);
  const feed = parsed.feed as {
    title?: string;
    home_page_url?: string;
    language?: string;
    authors?: Named[];
    author?: Named;
    items?: Array<{
      id?: string | number;
      url?: string;
      title?: string;
      content_html?: string;
      content_text?: string;
      authors?: Named[];
      author?: Named;
      date_published?: string;
      language?: string;
    }>;
  };
  const items = (feed.items ?? []).map((item): FeedItem => ({
    title: item.title,
    html: item.content_html,
    text: item.content_html === undefined ? item.content_text : undefined,
    link: item.url,
    id: item.id === undefined ? undefined : String(item.id),
    authors: names([...(item.authors ?? []), item.author]),
    published: item.date_published,
    lang: item.language,
  }));
  const authors = names([...(feed.authors ?? []), feed.author]);
  return { channel: { title: feed.title, link: feed.home_page_url, lang: feed.language, authors }, items, spans: elementSpans(itemsNode) };
}

/** Whether a feed's text is JSON (a JSON Feed) rather than XML. */
export const isJsonFeed = (text: string) => /^\uFEFF?\s*\{/.test(text);

/** One item of a feed as read, before its article is made: what a reading thread is handed. */
export interface FeedDraft {
  fields: FeedItem;
  channel: Channel;
  /** How messages name it in its file: `item 3 (guid)`. */
  label: string;
}

/** An item's article: its body turned into Markdown's tree, its metadata mapped (docs/importing.md). */
export function feedArticle({ fields: item, channel, label }: FeedDraft, file: string, options: ReaderOptions): ImportedArticle {
  const named = options.sourceName ?? channel.title?.trim();
  const name = named || hostName(channel.link) || hostName(item.link);
  if (!name) throw new ImportError(`${file} ${label}: no credit: the feed has no title and no address; give --source-name`);
  const cleanup: Cleanup[] = [];
  const lang = options.lang ?? item.lang ?? channel.lang;
  const html = Boolean(item.html?.trim());
  const content = html ? item.html : item.text;
  const body = content?.trim() ? markupBody(content, html, cleanup) : undefined;
  if (!body || !toString(body).trim())
    throw new ImportError(
      `${file} ${label}: no text: the item carries no content (content:encoded, description, content, content_html or content_text)`,
    );
  const title = headlineText(item.title, Boolean(item.titleIsHtml), cleanup);
  if (!title) throw new ImportError(`${file} ${label}: no headline: the item has no title`);
  const byline = joinNames(item.authors.length ? item.authors : channel.authors, lang);
  const published = isoDate(item.published);
  return {
    title,
    source: { name, ...(item.link && isHttpUrl(item.link) ? { url: item.link } : {}) },
    ...(named ? {} : { notes: [`credited to ${name}, the host of its address: the feed has no title`] }),
    ...(byline ? { byline } : {}),
    ...(published ? { published } : {}),
    ...(lang ? { lang } : {}),
    body,
    cleanup,
  };
}

/** The items of a feed, each with the feed cut to it alone; their articles are made by `feedArticle`. */
export function feedDrafts(
  text: string,
  file: string,
): Array<FeedDraft & Pick<OriginalItem, 'row' | 'label' | 'original' | 'id' | 'item'>> {
  const { channel, items, spans } = isJsonFeed(text) ? readJsonFeed(text, file) : readXmlFeed(text, file);
  if (items.length === 0) throw new ImportError(`${file}: the feed has no items`);
  if (spans.length !== items.length)
    throw new ImportError(
      `${file}: ${items.length} items read, but ${spans.length} found in the text; the feed cannot be cut into its items`,
    );
  return items.map((item, i) => {
    const label = `item ${i + 1}${item.id ? ` (${item.id})` : ''}`;
    const { cut, item: digest } = cutItem(text, spans, spans[i]!);
    return { fields: item, channel, row: i + 1, label, original: cut, ...(item.id ? { id: item.id } : {}), item: digest };
  });
}

export function readFeed(text: string, file: string, options: ReaderOptions = {}): OriginalItem[] {
  return feedDrafts(text, file).map(({ fields, channel, ...draft }) => ({
    ...draft,
    article: feedArticle({ fields, channel, label: draft.label }, file, options),
  }));
}
