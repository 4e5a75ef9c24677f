/**
 * The page contract: what an article page carries for the verifier, and where it is written.
 * The article template marks its parts with these attributes; the verifier reads them; the tests
 * hold both to this file (`tests/build/site.test.ts` fails when a built page stops honouring it).
 */
import { articlePath, changesPath, originalFilePath, originalPath } from './routes.ts';

/**
 * The attributes that mark an article page's parts. The verifier reads the first visible
 * `<article data-article>`; inside it, the source credit (the `<header>` line carrying
 * `data-source-credit`, with the source's name and, when it has one, a link to its URL) and the
 * article body (`data-article-body`, the rendered Markdown and nothing else).
 */
export const pageMarkers = {
  article: 'data-article',
  credit: 'data-source-credit',
  body: 'data-article-body',
  /**
   * The "How this page was checked" section: what it states it checked, each count a
   * `<data value>` carrying `data-count` (quotations, blockquotes, attributions, words), which the
   * verifier holds to its own counts.
   */
  proof: 'data-proof',
  count: 'data-count',
  /**
   * The "Who is cited" section, which the verifier holds to what it finds in the source: each
   * source credited (`data-cited-source`: its name, `data-cited-name`, and each cue, `data-cue`,
   * a link to the paragraph saying it where it has one) and each quotation
   * (`data-cited-quote`: its text, `data-quote-text`, and its speaker's `data-cited-name`).
   */
  cited: 'data-cited',
  citedSource: 'data-cited-source',
  citedName: 'data-cited-name',
  cue: 'data-cue',
  citedQuote: 'data-cited-quote',
  quoteText: 'data-quote-text',
  /**
   * On an imported article's original page: each element whose text is an original as it
   * arrived, its value the original's SHA-256 (the newest and every earlier version).
   */
  original: 'data-original',
  /**
   * On a changes page: each diff of one copy against the next, its value their two SHA-256s
   * (`<older> <newer>`); without its `<ins>` it reads as the older copy, without its `<del>` as the newer.
   */
  diff: 'data-diff',
} as const;

/**
 * An article page's JSON-LD `citation`, which the verifier holds to the source like "Who is
 * cited": each source the text credits (`CreativeWork`, by `creditText`, its cues as the
 * description), then each quotation the text gives to a speaker (`Quotation`).
 */
export function citationOf(
  sources: ReadonlyArray<{ name: string; cues: readonly string[] }>,
  quotations: ReadonlyArray<{ text: string; by?: string | undefined }>,
) {
  return [
    ...sources.map(({ name, cues }) => ({ '@type': 'CreativeWork' as const, creditText: name, description: cues.join(', ') })),
    ...quotations.flatMap(({ text, by }) => (by ? [{ '@type': 'Quotation' as const, text, creditText: by }] : [])),
  ];
}

/** The file an article's page is written to, relative to the built site's folder. */
export function articlePageFile(id: string): string {
  return `${articlePath(id).slice(1)}index.html`;
}

/** The file an imported article's original page is written to. */
export function originalPageFile(id: string): string {
  return `${originalPath(id).slice(1)}index.html`;
}

/**
 * The name an original is offered for download as: its own file name (`original.path`'s last
 * part); with `.txt` after it for a web page or a feed, so that markup a browser would run
 * (HTML, or XML that may embed it) is never served as such from this site. An archive's record
 * keeps `.warc`, which hosts serve as bytes to download, never as a page.
 */
export function downloadName(originalPath: string, format: string): string {
  const name = originalPath.split('/').pop() ?? originalPath;
  return format === 'html' || format === 'feed' ? `${name}.txt` : name;
}

/** The file an imported article's original is offered for download as, relative to the built site's folder. */
export function originalDownloadFile(id: string, originalPath: string, format: string): string {
  return originalFilePath(id, downloadName(originalPath, format)).slice(1);
}

/** The file a changed report's changes page is written to. */
export function changesPageFile(id: string): string {
  return `${changesPath(id).slice(1)}index.html`;
}

/** The verifier's machine-readable report, beside the pages. */
export const FIDELITY_REPORT = 'fidelity.json';

/** A marker as attributes to spread on an element (`<article {...mark('article', id)}>`): written once, here. */
export function mark(name: keyof typeof pageMarkers, value: string | number = ''): Record<string, string | number> {
  return { [pageMarkers[name]]: value };
}
