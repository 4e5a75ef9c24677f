/** A worker thread checking articles against their pages, for `verifySite` on large sites. */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { serveRequests } from '../markdown/worker-pool.ts';
import type { SourceFacts } from './source-facts.ts';
import { verifyArticle, type ArticleInput, type ArticleReport } from './verify-article.ts';

export interface VerifyRequest {
  input: ArticleInput;
  pageFile: string;
  pagePath: string;
  facts?: SourceFacts | undefined;
}

await serveRequests<VerifyRequest, ArticleReport | null>(parentPort, async ({ input, pageFile, pagePath, facts }) => {
  const html = await readFile(pageFile, 'utf8').catch(() => null);
  return html === null ? null : verifyArticle(input, html, pagePath, facts);
});
