/**
 * Prepares every article of a site check ahead of its pages (during a build, while the pages are
 * generated), then checks the pages. A large site's articles are split between worker threads,
 * each keeping what it prepared until it checks those pages, so the source analyses never cross
 * between threads: only small summaries and the reports do, in batches.
 */
import { availableParallelism } from 'node:os';
import { WorkerPool } from '../markdown/worker-pool.ts';
import { InputError, prepareArticle, summaryOf, verifyPrepared, type ArticleJob, type PreparedArticle, type PreparedSummary, type VerifiedArticle } from './article-job.ts';
import type { PrepareAnswer, VerifyRequest, VerifyResponse } from './verify-worker.ts';

/** Below this many articles, starting worker threads costs more than it saves. */
export const PARALLEL_FROM = 200;

/**
 * A thread's young generation, in MB. What a thread keeps is small (~5 KB an article), but with
 * V8's default each thread's heap swells with garbage: preparing 10,000 articles on two threads
 * took the process from 245 to ~620 MB, against ~390 MB with this limit, at the same speed.
 */
const YOUNG_GENERATION = { maxYoungGenerationSizeMb: 16 };

/** Articles per message: a few large messages keep the main thread out of the workers' way. */
const BATCH = 200;

export interface Preparation {
  /** Each article's summary by content file path; rejects with the input error that stops the run. */
  readonly prepared: ReadonlyMap<string, Promise<PreparedSummary>>;
  /** Checks the pages of `jobs` in `distDir`, preparing any article not prepared yet; reports in job order. */
  check(jobs: readonly ArticleJob[], distDir: string): Promise<VerifiedArticle[]>;
  close(): Promise<void>;
}

export interface PrepareOptions {
  /** Worker threads for large sites: a number, 0 for none; default one per core. */
  workers?: number | undefined;
  /**
   * Prepare on one thread at a time: the build is generating pages meanwhile, and a second busy
   * thread slows it down more than it gains.
   */
  background?: boolean | undefined;
}

/** Starts preparing `jobs`: on worker threads for large sites, else on this thread. */
export function prepareArticles(jobs: readonly ArticleJob[], { workers, background = false }: PrepareOptions = {}): Preparation {
  return jobs.length >= PARALLEL_FROM && workers !== 0 ? new ThreadedPreparation(jobs, workers ?? availableParallelism(), background) : new InlinePreparation(jobs);
}

/** Failures surface when the pages are checked; until then they are not unhandled. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

class InlinePreparation implements Preparation {
  readonly prepared = new Map<string, Promise<PreparedSummary>>();
  readonly #articles = new Map<string, Promise<PreparedArticle>>();

  constructor(jobs: readonly ArticleJob[]) {
    for (const job of jobs) {
      const article = handled(prepareArticle(job));
      this.#articles.set(job.path, article);
      this.prepared.set(job.path, handled(article.then(summaryOf)));
    }
  }

  async check(jobs: readonly ArticleJob[], distDir: string): Promise<VerifiedArticle[]> {
    const verified: VerifiedArticle[] = [];
    for (const job of jobs) verified.push(await verifyPrepared(await (this.#articles.get(job.path) ?? prepareArticle(job)), distDir));
    return verified;
  }

  async close(): Promise<void> {}
}

class ThreadedPreparation implements Preparation {
  readonly prepared = new Map<string, Promise<PreparedSummary>>();
  readonly #lanes: Array<WorkerPool<VerifyRequest, VerifyResponse>>;
  /** The thread holding each prepared article. */
  readonly #laneOf = new Map<string, number>();

  constructor(jobs: readonly ArticleJob[], size: number, background: boolean) {
    // One pool per thread, so that each article's check goes where it was prepared; no idle stop,
    // the caller closes them when the check is over.
    this.#lanes = Array.from({ length: Math.max(1, size) }, () => new WorkerPool<VerifyRequest, VerifyResponse>(new URL('./verify-worker.ts', import.meta.url), { size: 1, idleMs: Number.POSITIVE_INFINITY, resourceLimits: YOUNG_GENERATION }));
    let previous: Promise<unknown> = Promise.resolve();
    batches(jobs).forEach((batch, i) => {
      const lane = i % this.#lanes.length;
      const request = { kind: 'prepare', jobs: batch } as const;
      // In the background each batch waits for the one before, whichever thread it went to.
      const answers = (background ? previous.then(() => this.#lanes[lane]!.run(request)) : this.#lanes[lane]!.run(request)) as Promise<PrepareAnswer[]>;
      previous = answers.catch(() => {});
      batch.forEach((job, k) => {
        this.#laneOf.set(job.path, lane);
        this.prepared.set(job.path, handled(answers.then((all) => summaryFrom(all[k]!), (error: Error) => Promise.reject(revive(error)))));
      });
    });
  }

  async check(jobs: readonly ArticleJob[], distDir: string): Promise<VerifiedArticle[]> {
    const byLane = this.#lanes.map((): number[] => []);
    // Each article goes back to the thread holding it; one not prepared (new since) to any.
    jobs.forEach((job, i) => byLane[this.#laneOf.get(job.path) ?? i % this.#lanes.length]!.push(i));
    const results = new Array<VerifiedArticle>(jobs.length);
    const checks = byLane.flatMap((indexes, lane) =>
      batches(indexes).map(async (batch) => {
        const batchJobs = batch.map((i) => jobs[i]!);
        // An article that could not be prepared stops the run (an input error), its batch unchecked.
        await Promise.all(batchJobs.map((job) => this.prepared.get(job.path)));
        const verified = (await this.#lanes[lane]!.run({ kind: 'check', jobs: batchJobs, distDir }).catch((error: Error) => Promise.reject(revive(error)))) as VerifiedArticle[];
        batch.forEach((i, k) => (results[i] = verified[k]!));
      }),
    );
    await Promise.all(checks);
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.#lanes.map((lane) => lane.close()));
  }
}

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function summaryFrom(answer: PrepareAnswer): PreparedSummary {
  if ('summary' in answer) return answer.summary;
  throw revive(Object.assign(new Error(answer.error.message), { name: answer.error.name }));
}

/** An input error raised on a worker thread arrives as a plain error with its name kept. */
function revive(error: Error): Error {
  return error.name === InputError.name && !(error instanceof InputError) ? new InputError(error.message) : error;
}
