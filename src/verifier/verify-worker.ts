/** A worker thread for the verifier on large sites: prepares articles and checks pages. */
import { parentPort } from 'node:worker_threads';
import { serveRequests, yieldToMainThread } from '../markdown/worker-pool.ts';
import { prepareArticle, verifyJob, type ArticleJob, type PreparedArticle, type VerifiedArticle } from './verify-site.ts';

export type VerifyRequest =
  | { kind: 'prepare'; job: ArticleJob }
  | { kind: 'verify'; job: ArticleJob; distDir: string; prepared?: PreparedArticle | undefined };

export type VerifyResponse = PreparedArticle | VerifiedArticle;

function handle(request: VerifyRequest): Promise<VerifyResponse> {
  if (request.kind === 'prepare') return prepareArticle(request.job);
  return verifyJob(request.job, request.distDir, request.prepared);
}

// During a build this thread prepares articles beside the page generation, which must not wait for it.
yieldToMainThread();
await serveRequests<VerifyRequest, VerifyResponse>(parentPort, handle);
