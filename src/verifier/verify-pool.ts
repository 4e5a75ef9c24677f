/**
 * Worker threads for the verifier. During a build they prepare each article as soon as its source
 * is read (while the main thread renders pages, a core is free), then check every page at the end.
 */
import { WorkerPool } from '../markdown/worker-pool.ts';
import type { ArticleJob, PreparedArticle, VerifiedArticle } from './verify-site.ts';
import type { VerifyRequest, VerifyResponse } from './verify-worker.ts';

/** Below this many articles, starting worker threads costs more than it saves. */
export const PARALLEL_FROM = 200;

export class VerifyPool {
  readonly #pool: WorkerPool<VerifyRequest, VerifyResponse>;

  constructor(size?: number) {
    // No idle stop: the caller knows when the work is over and closes the pool.
    this.#pool = new WorkerPool(new URL('./verify-worker.ts', import.meta.url), undefined, size, Number.POSITIVE_INFINITY);
  }

  prepare(job: ArticleJob): Promise<PreparedArticle> {
    return this.#pool.run({ kind: 'prepare', job }) as Promise<PreparedArticle>;
  }

  verify(job: ArticleJob, distDir: string, prepared?: PreparedArticle): Promise<VerifiedArticle> {
    return this.#pool.run({ kind: 'verify', job, distDir, prepared }) as Promise<VerifiedArticle>;
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}
