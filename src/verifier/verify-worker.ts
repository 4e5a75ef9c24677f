/** A worker thread for the verifier on large sites: analyses sources and checks pages. */
import { parentPort } from 'node:worker_threads';
import { serveRequests } from '../markdown/worker-pool.ts';
import type { SourceFacts } from './source-facts.ts';
import { checkPageFile } from './verify-site.ts';
import { analyseSource, type ArticleInput, type ArticleReport, type SourceAnalysis } from './verify-article.ts';

export type VerifyRequest =
  | { kind: 'analyse'; facts: SourceFacts }
  | { kind: 'check'; input: ArticleInput; pageFile: string; pagePath: string; source?: SourceFacts | SourceAnalysis | undefined };

export type VerifyResponse = SourceAnalysis | ArticleReport | null;

async function handle(request: VerifyRequest): Promise<VerifyResponse> {
  if (request.kind === 'analyse') return analyseSource(request.facts, request.facts.lang);
  return checkPageFile(request.input, request.pageFile, request.pagePath, request.source);
}

await serveRequests<VerifyRequest, VerifyResponse>(parentPort, handle);
