/**
 * Worker threads for the verifier. During a build they analyse each source as soon as it is read
 * (while the main thread renders pages, a core is free), then check every page at the end.
 */
import { WorkerPool } from '../markdown/worker-pool.ts';
import type { SourceFacts } from './source-facts.ts';
import type { ArticleInput, ArticleReport, SourceAnalysis } from './verify-article.ts';
import type { VerifyRequest, VerifyResponse } from './verify-worker.ts';

/** Below this many articles, starting worker threads costs more than it saves. */
export const PARALLEL_FROM = 200;

export class VerifyPool {
  readonly #pool: WorkerPool<VerifyRequest, VerifyResponse>;

  constructor(size?: number) {
    // No idle stop: the caller knows when the work is over and closes the pool.
    this.#pool = new WorkerPool(new URL('./verify-worker.ts', import.meta.url), undefined, size, Number.POSITIVE_INFINITY);
  }

  analyse(facts: SourceFacts): Promise<SourceAnalysis> {
    return this.#pool.run({ kind: 'analyse', facts }) as Promise<SourceAnalysis>;
  }

  check(input: ArticleInput, pageFile: string, pagePath: string, source?: SourceFacts | SourceAnalysis): Promise<ArticleReport | null> {
    return this.#pool.run({ kind: 'check', input, pageFile, pagePath, source }) as Promise<ArticleReport | null>;
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}
