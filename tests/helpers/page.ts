/** A minimal article page that honours the page contract (`pageMarkers`), for checks without a build. */
import { fromHtml } from 'hast-util-from-html';
import { pageMarkers } from '../../src/contract.ts';
import { citedFactsOf } from '../../src/markdown/capture/plugins.ts';
import { type ProofCounts } from '../../src/markdown/capture/entry.ts';
import { sourceFactsOf } from '../../src/text/source-facts.ts';

interface PageOptions {
  credit?: string;
  head?: string;
  /** The counts the proof section states; by default what the site's template would state for this body. */
  proof?: (ProofCounts & { changes?: number }) | 'none';
  /** For an imported article: the changes its import made, stated beside the default counts. */
  changes?: number;
  /** The article's language, for those counts. */
  lang?: string;
}

export function articlePage(body: string, { credit = 'Source: Wire', head = '', proof, lang = 'en', changes }: PageOptions = {}): string {
  const tree = fromHtml(body, { fragment: true });
  const counts = proof ?? { ...citedFactsOf(tree, sourceFactsOf(tree, lang)).counts, ...(changes === undefined ? {} : { changes }) };
  const section =
    counts === 'none'
      ? ''
      : `<section ${pageMarkers.proof}>${Object.entries(counts)
          .map(([name, value]) => `<data value="${value}" ${pageMarkers.count}="${name}">${value}</data>`)
          .join(' ')}</section>`;
  return (
    `<!doctype html><html><head>${head}</head><body><article ${pageMarkers.article}="a"><header><h1>A</h1>` +
    `<p ${pageMarkers.credit}>${credit}</p></header><div ${pageMarkers.body}>${body}</div>${section}</article></body></html>`
  );
}
