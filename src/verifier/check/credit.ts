/**
 * The source credit: the source's name is visible in the article's credit line and, when the
 * entry gives a source URL, the credit line links to exactly that URL. Pure.
 */
import { normalizeTypography } from '../../text/normalize.ts';
import type { PageParts } from './page.ts';
import { clip, type ArticleInput, type Failure } from './report.ts';

export function checkCredit(source: ArticleInput['source'], page: Pick<PageParts, 'credit' | 'creditLinks'>): Failure[] {
  const failures: Failure[] = [];
  if (!normalizeTypography(page.credit.join('\n')).includes(normalizeTypography(source.name))) {
    const found = clip(page.credit.join(' / ')) || '(no visible credit line)';
    failures.push({
      check: 'credit',
      message: 'the source credit is not visible in the article header',
      expected: `Source: ${source.name}`,
      found,
    });
  }
  if (source.url && !page.creditLinks.includes(source.url)) {
    failures.push({
      check: 'credit',
      message: 'the source credit does not link to the source URL',
      expected: source.url,
      found: page.creditLinks.join(', ') || '(no link)',
    });
  }
  return failures;
}
