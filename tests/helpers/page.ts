/** A minimal article page that honours the page contract (`pageMarkers`), for checks without a build. */
import { fromHtml } from 'hast-util-from-html';
import { citationOf, pageMarkers } from '../../src/contract.ts';
import { jsonLd } from '../../src/view/structured-data.ts';
import { citedFactsOf } from '../../src/markdown/capture/plugins.ts';
import { type CitedFacts, type ProofCounts } from '../../src/markdown/capture/entry.ts';
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
  /** The "Who is cited" section and JSON-LD `citation`; by default what the site's template would show for this body. */
  cited?: CitedFacts | 'none';
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The "Who is cited" section as the site's template writes it (src/components/WhoIsCited.astro), markers and all. */
export function citedSection({ sources, quotations }: CitedFacts): string {
  const name = (text: string) => `<span ${pageMarkers.citedName}>${escape(text)}</span>`;
  const cue = ({ cue: text, anchor }: { cue: string; anchor?: string | undefined }) =>
    anchor ? `<a href="#${anchor}" ${pageMarkers.cue}>${escape(text)}</a>` : `<span ${pageMarkers.cue}>${escape(text)}</span>`;
  return (
    `<section ${pageMarkers.cited}><h2>Who is cited</h2><ul>` +
    sources.map((source) => `<li ${pageMarkers.citedSource}>${name(source.name)}: ${source.cues.map(cue).join(', ')}</li>`).join('') +
    `</ul><ul>` +
    quotations
      .map(
        ({ text, by }) =>
          `<li ${pageMarkers.citedQuote}><span ${pageMarkers.quoteText}>${escape(text)}</span>${by ? ` — ${name(by)}` : ''}</li>`,
      )
      .join('') +
    `</ul></section>`
  );
}

/** The JSON-LD the site's template writes, with only its `citation` (`citationOf`, as src/view/structured-data.ts writes it). */
export function citationJsonLd({ sources, quotations }: CitedFacts): string {
  const citation = citationOf(
    sources.map(({ name, cues }) => ({ name, cues: cues.map(({ cue }) => cue) })),
    quotations,
  );
  return `<script type="application/ld+json">${jsonLd({ '@type': 'NewsArticle', citation })}</script>`;
}

export function articlePage(
  body: string,
  { credit = 'Source: Wire', head = '', proof, lang = 'en', changes, cited }: PageOptions = {},
): string {
  const tree = fromHtml(body, { fragment: true });
  const facts = citedFactsOf(tree, sourceFactsOf(tree, lang));
  // The body goes in as given (its ids untouched), so the cues by default link nowhere.
  const shown = cited ?? { ...facts, sources: facts.sources.map(({ name, cues }) => ({ name, cues: cues.map(({ cue }) => ({ cue })) })) };
  const counts = proof ?? { ...facts.counts, ...(changes === undefined ? {} : { changes }) };
  const section =
    counts === 'none'
      ? ''
      : `<section ${pageMarkers.proof}>${Object.entries(counts)
          .map(([name, value]) => `<data value="${value}" ${pageMarkers.count}="${name}">${value}</data>`)
          .join(' ')}</section>`;
  return (
    `<!doctype html><html><head>${head}${shown === 'none' ? '' : citationJsonLd(shown)}</head><body><article ${pageMarkers.article}="a"><header><h1>A</h1>` +
    `<p ${pageMarkers.credit}>${credit}</p></header><div ${pageMarkers.body}>${body}</div>${shown === 'none' ? '' : citedSection(shown)}${section}</article></body></html>`
  );
}
