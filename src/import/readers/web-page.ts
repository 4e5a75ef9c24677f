/**
 * The web-page reader: the main text found by Readability (the engine of Firefox's Reader View)
 * on a server-side DOM (linkedom), turned into Markdown's tree with unified (rehype-parse →
 * rehype-remark), keeping paragraphs, headings, lists, blockquotes, emphasis and links. The
 * metadata comes from the page: title, source name (`og:site_name`, JSON-LD publisher), canonical
 * URL, published date (`article:published_time`, JSON-LD `datePublished`, `<time>`) and
 * `<html lang>`.
 */
import { createRequire } from 'node:module';
import type { Root, RootContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { normalizeTypography } from '../../text/normalize.ts';
import { isHttpUrl } from '../../schema/article.ts';
import { ImportError, type ImportedArticle, type ReaderOptions } from '../imported.ts';
import { removeInvisible, unlinkUnreachable, type Cleanup } from '../cleanup.ts';

type Document = ReturnType<typeof import('linkedom').parseHTML>['document'];

const require = createRequire(import.meta.url);

/**
 * A DOM and Readability are large: loaded on first use, so that an import of text or datasets,
 * and each verifier thread (which loads this module for any imported article), never pay for
 * them (their load time and memory, in every thread). `require`, not `import()`: inside the Astro build the
 * verifier runs in Vite's module runner, which is closed by the time the pages are checked.
 */
function webPageTools() {
  const { parseHTML } = require('linkedom') as typeof import('linkedom');
  const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
  return { parseHTML, Readability };
}

const toMdast = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark);

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

/** Images and raw markup go (they are not the article's words); the clean-up rules for decoded text and links apply. */
function cleanTree(tree: Root, cleanup: Cleanup[]): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') {
      // Not text: an image's alt is not the article's words, raw markup is no text at all.
      if (parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    }
    const unlinked = node.type === 'link' && parent && index !== undefined ? unlinkUnreachable(node, cleanup) : undefined;
    if (unlinked && parent && index !== undefined) {
      parent.children.splice(index, 1, ...(unlinked as RootContent[] as typeof parent.children));
      return [SKIP, index];
    }
    if (node.type === 'text') node.value = removeInvisible(node.value, cleanup);
    return undefined;
  });
}

export function readWebPage(html: string, file: string, options: ReaderOptions = {}): ImportedArticle {
  const { parseHTML, Readability } = webPageTools();
  const { document } = parseHTML(html);
  const ld = jsonLd(document);
  const h1 = document.querySelector('h1')?.textContent?.trim();
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ?? meta(document, 'meta[property="og:url"]');
  const siteName =
    meta(document, 'meta[property="og:site_name"]') ?? ldString(ld, (item) => (item.publisher as { name?: unknown } | undefined)?.name);
  const published =
    meta(document, 'meta[property="article:published_time"]') ??
    ldString(ld, (item) => item.datePublished) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  const lang = options.lang ?? document.documentElement?.getAttribute('lang')?.trim();
  const title = meta(document, 'meta[property="og:title"]') ?? ldString(ld, (item) => item.headline) ?? h1 ?? document.title?.trim();
  // Readability rewrites the document it reads: the metadata above is taken first.
  const article = new Readability(document, { charThreshold: 0 }).parse();
  if (!article?.content || !article.textContent?.trim()) throw new ImportError(`${file}: no article text found on the page`);
  const name = options.sourceName ?? siteName ?? article.siteName ?? undefined;
  if (!name) throw new ImportError(`${file}: no credit: the page names no site (og:site_name, JSON-LD publisher); give --source-name`);
  const headline = title ?? article.title;
  if (!headline) throw new ImportError(`${file}: no headline: the page has no title`);
  const cleanup: Cleanup[] = [];
  const body = toMdast.runSync(toMdast.parse(article.content));
  // The headline is the entry's title; Readability does not always take it out of the text.
  const [first] = body.children;
  if (first?.type === 'heading' && sameText(toString(first), headline)) body.children.shift();
  cleanTree(body, cleanup);
  return {
    title: removeInvisible(headline, cleanup),
    source: { name, ...(canonical && isHttpUrl(canonical) ? { url: canonical } : {}) },
    ...(published ? { published } : {}),
    ...(lang ? { lang } : {}),
    body,
    cleanup,
  };
}
