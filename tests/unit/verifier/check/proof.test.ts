import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../../../src/verifier/check/analyse.ts';
import { verifyArticle } from '../../../../src/verifier/check/article.ts';
import type { ArticleInput } from '../../../../src/verifier/check/report.ts';
import { articlePage } from '../../../helpers/page.ts';

const input: ArticleInput = { id: 'a', file: 'content/a.md', title: 'A', source: { name: 'Wire' }, lang: 'en' };
const source = analyseSource({ blocks: ['The mayor said “we will rebuild.”'], blockquotes: [], lang: 'en' });
const body = '<p>The mayor said “we will rebuild.”</p>';
const proofFailures = (html: string, changes?: number) =>
  verifyArticle({ ...input, changes }, html, 'articles/a/index.html', source).failures.filter((failure) => failure.check === 'proof');
const counted = { quotations: 1, blockquotes: 0, attributions: 1, words: 6 };

describe('the page’s account of its check', () => {
  it('passes when the page states what the verifier counted', () => {
    expect(proofFailures(articlePage(body))).toEqual([]);
  });

  it('fails when the page states other counts, naming each', () => {
    const failures = proofFailures(articlePage(body, { proof: { quotations: 2, blockquotes: 0, attributions: 1, words: 6 } }));
    expect(failures.map((failure) => failure.message)).toEqual(['the page says it checked 2 quotations; the source has 1']);
  });

  it('holds an imported article’s page to the number of changes its import made', () => {
    expect(proofFailures(articlePage(body, { proof: { ...counted, changes: 4 } }), 4)).toEqual([]);
    expect(proofFailures(articlePage(body, { proof: { ...counted, changes: 3 } }), 4).map((failure) => failure.message)).toEqual([
      "the page says it checked 3 changes; the entry's clean-up log has 4",
    ]);
    expect(proofFailures(articlePage(body, { proof: counted }), 4)[0]?.found).toBe('(not stated)');
  });

  it('fails when the page does not say how it was checked', () => {
    expect(proofFailures(articlePage(body, { proof: 'none' }))[0]?.message).toMatch(/does not say how it was checked/);
  });
});
