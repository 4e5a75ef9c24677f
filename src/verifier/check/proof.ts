/**
 * The page's own account of its check ("How this page was checked": so many quotations,
 * attributions and words, and for an imported article so many changes made on import) must be
 * what the verifier counted in the source and the entry's clean-up log, so that what the reader is
 * told is itself proved. The section is part of the page contract (`pageMarkers.proof`).
 */
import { pageMarkers } from '../../contract.ts';
import type { SourceAnalysis } from './analyse.ts';
import type { ComparedPage } from './page.ts';
import type { ArticleInput, Failure } from './report.ts';

export function checkProof(
  source: SourceAnalysis,
  page: ComparedPage,
  { changes, changed }: Pick<ArticleInput, 'changes' | 'changed'> = {},
): Failure[] {
  if (!page.proof) {
    return [
      {
        check: 'proof',
        message: `the page does not say how it was checked (no visible section marked ${pageMarkers.proof} in the article)`,
        expected: 'a "How this page was checked" section',
        found: '(none)',
      },
    ];
  }
  const counted = {
    quotations: source.quotations.length,
    blockquotes: source.blockquotes.length,
    attributions: source.attributions.length,
    words: source.words,
    ...(changes === undefined ? {} : { changes }),
    ...(changed === undefined ? {} : { changed }),
  };
  const failures: Failure[] = [];
  for (const [name, count] of Object.entries(counted)) {
    // A page with no blockquotes may leave their count out.
    const stated = page.proof[name] ?? (name === 'blockquotes' ? 0 : undefined);
    if (stated !== count) {
      failures.push({
        check: 'proof',
        message: `the page says it checked ${stated ?? 'no count of'} ${name}; the ${name === 'changes' ? "entry's clean-up log" : name === 'changed' ? "entry's versions" : 'source'} has ${count}`,
        expected: `${count} ${name}`,
        found: stated === undefined ? '(not stated)' : `${stated} ${name}`,
      });
    }
  }
  return failures;
}
