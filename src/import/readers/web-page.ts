/**
 * The web-page reader: the main text found by Readability (the engine of Firefox's Reader View)
 * on a server-side DOM (linkedom), turned into Markdown's tree with unified (rehype-parse →
 * rehype-remark), keeping paragraphs, headings, lists, blockquotes, emphasis and links. The
 * metadata comes from the page: title (without the site's name it may carry), source name
 * (`og:site_name`, JSON-LD publisher, else the host of its canonical URL), canonical URL, byline
 * (JSON-LD `author`, `meta[name=author]`, Readability's byline), published date
 * (`article:published_time`, JSON-LD `datePublished`, `<time>`) and `<html lang>`.
 */
import { createRequire } from 'node:module';
import { toString } from 'mdast-util-to-string';
import { normalizeTypography } from '../../text/normalize.ts';
import { isHttpUrl } from '../../schema/article.ts';
import { hostName, ImportError, joinNames, type ImportedArticle, type ReaderOptions } from '../imported.ts';
import { removeInvisible, removeSiteName, type Cleanup } from '../cleanup.ts';
import { cleanTree, domTree } from '../body.ts';

type Document = ReturnType<typeof import('linkedom').parseHTML>['document'];

const require = createRequire(import.meta.url);

let loaded: { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability } | undefined;

/**
 * A DOM and Readability are large: loaded on first use, so that an import of text or datasets,
 * and each verifier thread (which loads this module for any imported article), never pay for
 * them (their load time and memory, in every thread). `require`, not `import()`: inside the Astro build the
 * verifier runs in Vite's module runner, which is closed by the time the pages are checked.
 */
function webPageTools() {
  // Kept once loaded: `require` resolves its path again on every call, a cost on every page.
  return (loaded ??= {
    parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
    Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
  });
}

function meta(document: Document, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** The page's JSON-LD objects (a script may hold one, a list, or an `@graph`). */
function jsonLd(document: Document): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? '') as unknown;
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) {
        if (item && typeof item === 'object') {
          found.push(item as Record<string, unknown>);
          const graph = (item as { '@graph'?: unknown })['@graph'];
          if (Array.isArray(graph))
            found.push(...graph.filter((node): node is Record<string, unknown> => Boolean(node) && typeof node === 'object'));
        }
      }
    } catch {
      // A broken JSON-LD block says nothing; the page's other metadata may.
    }
  }
  return found;
}

function ldString(items: Array<Record<string, unknown>>, read: (item: Record<string, unknown>) => unknown): string | undefined {
  for (const item of items) {
    const value = read(item);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

const sameText = (a: string, b: string) => normalizeTypography(a) === normalizeTypography(b);

/** JSON-LD's `author`: a name, a Person's or Organization's `name`, or a list of them. */
function ldAuthors(items: Array<Record<string, unknown>>): string[] {
  for (const item of items) {
    const authors = Array.isArray(item.author) ? (item.author as unknown[]) : item.author ? [item.author] : [];
    const names = authors
      .map((author) => (typeof author === 'string' ? author : (author as { name?: unknown } | null)?.name))
      .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
      .map((name) => name.trim());
    if (names.length > 0) return [...new Set(names)];
  }
  return [];
}

/**
 * The byline: the authors the page's data names (joined as its language joins a list), else its
 * author meta tag, else the byline Readability found in the text. Never an address, never a
 * paragraph: a byline is a few words.
 */
function bylineOf(
  ld: Array<Record<string, unknown>>,
  metaAuthor: string | undefined,
  found: string | null | undefined,
  lang: string | undefined,
) {
  const joined = joinNames(ldAuthors(ld), lang);
  const candidates = [joined, metaAuthor, found?.replace(/\s+/g, ' ').trim()];
  return candidates.find((text) => text && text.length <= 120 && !/^(?:https?:)?\/\//.test(text));
}

export function readWebPage(html: string, file: string, options: ReaderOptions = {}): ImportedArticle {
  const { parseHTML, Readability } = webPageTools();
  const { document } = parseHTML(html);
  const ld = jsonLd(document);
  const h1 = document.querySelector('h1')?.textContent?.trim();
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ??
    meta(document, 'meta[property="og:url"]') ??
    options.url;
  const siteName =
    meta(document, 'meta[property="og:site_name"]') ?? ldString(ld, (item) => (item.publisher as { name?: unknown } | undefined)?.name);
  const published =
    meta(document, 'meta[property="article:published_time"]') ??
    ldString(ld, (item) => item.datePublished) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  const lang = options.lang ?? document.documentElement?.getAttribute('lang')?.trim();
  const title = meta(document, 'meta[property="og:title"]') ?? ldString(ld, (item) => item.headline) ?? h1 ?? document.title?.trim();
  const metaAuthor = meta(document, 'meta[name="author"]');
  // Readability rewrites the document it reads: the metadata above is taken first.
  // The element itself, not its HTML: read into Markdown's tree straight from the DOM (`domTree`).
  const article = new Readability<Node>(document, { charThreshold: 0, serializer: (element) => element }).parse();
  if (!article?.content || !article.textContent?.trim()) throw new ImportError(`${file}: no article text found on the page`);
  const host = hostName(canonical);
  // The credit: the one given, the page's own site name, else the host of its address (said so at import).
  const named = options.sourceName ?? siteName ?? article.siteName ?? undefined;
  const name = named ?? host;
  if (!name)
    throw new ImportError(
      `${file}: no credit: the page names no site (og:site_name, JSON-LD publisher) and has no canonical URL; give --source-name`,
    );
  const titled = title ?? article.title;
  if (!titled) throw new ImportError(`${file}: no headline: the page has no title`);
  const cleanup: Cleanup[] = [];
  const siteNames = [options.sourceName, siteName, article.siteName, host].filter((known): known is string => Boolean(known));
  // The title's changes are logged after the body's, as they always were.
  const titleLog: Cleanup[] = [];
  const headline = removeSiteName(removeInvisible(titled, titleLog), siteNames, titleLog);
  const byline = bylineOf(ld, metaAuthor, article.byline, lang);
  const body = domTree(article.content);
  // The headline is the entry's title, the byline its byline: Readability does not always take
  // them out of the text, and the page shows them above it.
  const [first] = body.children;
  if (first?.type === 'heading' && [titled, headline].some((text) => sameText(toString(first), text))) body.children.shift();
  const [next] = body.children;
  if (byline && next && (next.type === 'paragraph' || next.type === 'heading') && sameText(toString(next), byline)) body.children.shift();
  cleanTree(body, cleanup);
  cleanup.push(...titleLog);
  return {
    title: headline,
    source: { name, ...(canonical && isHttpUrl(canonical) ? { url: canonical } : {}) },
    ...(named ? {} : { notes: [`credited to ${name}, the host of its address: the page names no site`] }),
    ...(byline ? { byline: removeInvisible(byline, cleanup) } : {}),
    ...(published ? { published } : {}),
    ...(lang ? { lang } : {}),
    body,
    cleanup,
  };
}
