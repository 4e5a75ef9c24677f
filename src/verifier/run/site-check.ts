/**
 * Prepares every article of a site check ahead of its pages (during a build, while the pages are
 * generated), then checks the pages. A large site's articles are split between worker threads,
 * each keeping what it prepared until it checks those pages, so the source analyses never cross
 * between threads: only small summaries and the reports do, in batches. During a build each
 * page is checked soon after it is written (`checkEarly`), on the core the page generation
 * leaves idle; at the end each page checked so stands if it is still the very text checked.
 */
import { availableParallelism } from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import { threadFailure, ThreadPool } from '../../workers.ts';
import {
  InputError,
  prepareArticle,
  readPageFile,
  reusableCheck,
  reusedCheck,
  reusedSummary,
  summaryOf,
  checkArticlePage,
  checkOriginalPages,
  withFailures,
  type ArticleJob,
  type CheckedArticle,
  type PreparedArticle,
  type PreparedSummary,
  type VerifiedArticle,
} from './article-job.ts';
import type { EarlyCheck, FinalCheck, PrepareAnswer, VerifyRequest, VerifyResponse } from './worker.ts';

/** Below this many articles, starting worker threads costs more than it saves. */
export const PARALLEL_FROM = 200;

/**
 * A thread's young generation, in MB. What a thread keeps is small, a few KB an article, but with
 * V8's default each thread's heap swells with garbage: this limit keeps the process's peak memory
 * far lower at the same speed (`npm run bench:verify` prints the peak).
 */
const YOUNG_GENERATION = { maxYoungGenerationSizeMb: 16 };

/** Articles per message: a few large messages keep the main thread out of the workers' way. */
const BATCH = 200;

/** Pages per message while they are generated: few enough that checking keeps up with generating. */
const EARLY_BATCH = 20;

export interface SiteCheck {
  /** Each article's summary by content file path; rejects with the input error that stops the run. */
  readonly prepared: ReadonlyMap<string, Promise<PreparedSummary>>;
  /** Checks the pages of `jobs` in `distDir`, preparing any article not prepared yet; reports in job order. */
  check(jobs: readonly ArticleJob[], distDir: string): Promise<VerifiedArticle[]>;
  /**
   * Says that the build is generating an article's page into `distDir`: it is checked once
   * written, and `check` then only makes sure the page is still that text. Where the site is
   * checked on this thread anyway, the page waits for `check`.
   */
  checkEarly?(job: ArticleJob, distDir: string): void;
  close(): Promise<void>;
}

export interface SiteCheckOptions {
  /** Worker threads for large sites: a number, 0 for none; default one per core. */
  workers?: number | undefined;
  /** V8 heap limits of each thread; its young generation is kept small unless these say otherwise. */
  resourceLimits?: ResourceLimits | undefined;
  /**
   * Prepare on one thread at a time: the build is generating pages meanwhile, and a second busy
   * thread slows it down more than it gains.
   */
  background?: boolean | undefined;
}

/** Starts preparing `jobs`: on worker threads for large sites, else on this thread. */
export function startSiteCheck(
  jobs: readonly ArticleJob[],
  { workers, background = false, resourceLimits }: SiteCheckOptions = {},
): SiteCheck {
  return jobs.length >= PARALLEL_FROM && workers !== 0
    ? new ThreadedSiteCheck(jobs, workers ?? availableParallelism(), background, resourceLimits)
    : new InlineSiteCheck(jobs);
}

/** Failures surface when the pages are checked; until then they are not unhandled. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

class InlineSiteCheck implements SiteCheck {
  readonly prepared = new Map<string, Promise<PreparedSummary>>();
  readonly #articles = new Map<string, Promise<PreparedArticle>>();
  /** Earlier builds' checks whose source files read the same: left to compare with the built files. */
  readonly #reusable = new Map<string, CheckedArticle>();

  constructor(jobs: readonly ArticleJob[]) {
    for (const job of jobs) {
      const checked = reusableCheck(job);
      if (checked) {
        this.#reusable.set(job.path, checked);
        this.prepared.set(job.path, Promise.resolve(reusedSummary(checked, job)));
        continue;
      }
      const article = handled(prepareArticle(job));
      this.#articles.set(job.path, article);
      this.prepared.set(job.path, handled(article.then(summaryOf)));
    }
  }

  async check(jobs: readonly ArticleJob[], distDir: string): Promise<VerifiedArticle[]> {
    const verified: VerifiedArticle[] = [];
    for (const job of jobs) {
      const checked = this.#reusable.get(job.path);
      const reused = checked && reusedCheck(checked, distDir);
      if (reused) {
        verified.push(reused);
        continue;
      }
      const prepared = await (this.#articles.get(job.path) ?? prepareArticle(job));
      const page = checkArticlePage(prepared, readPageFile(prepared, distDir));
      verified.push({ ...withFailures(page, checkOriginalPages(prepared, distDir)), reads: prepared.reads });
    }
    return verified;
  }

  async close(): Promise<void> {}
}

class ThreadedSiteCheck implements SiteCheck {
  readonly prepared = new Map<string, Promise<PreparedSummary>>();
  /** An article's preparation; one never started (new since) has nothing to wait for. */
  readonly #preparedOf = (job: ArticleJob) => this.prepared.get(job.path) ?? Promise.resolve(undefined);
  readonly #lanes: Array<ThreadPool<VerifyRequest, VerifyResponse>>;
  /** The thread holding each prepared article. */
  readonly #laneOf = new Map<string, number>();
  /** Ends the one-batch-at-a-time background pace. */
  #release: () => void = () => {};
  /** Pages being generated and not yet sent, by lane: the batch filling, and the full one before it. */
  readonly #pending: Array<{ filling: ArticleJob[]; full: ArticleJob[] }>;
  /** Each page checked early, by content file path; undefined when it could not be (not written yet, say). */
  readonly #early = new Map<string, Promise<EarlyCheck>>();

  constructor(jobs: readonly ArticleJob[], size: number, background: boolean, resourceLimits: ResourceLimits | undefined) {
    // One pool of one thread per lane, so that each article's check goes where it was prepared;
    // no idle stop, the caller closes them when the check is over. A thread that dies is replaced
    // without what it held: its articles are prepared again when checked.
    this.#lanes = Array.from(
      { length: Math.max(1, size) },
      () =>
        new ThreadPool<VerifyRequest, VerifyResponse>(new URL('./worker.ts', import.meta.url), {
          threads: 1,
          idleMs: Number.POSITIVE_INFINITY,
          resourceLimits: { ...YOUNG_GENERATION, ...resourceLimits },
        }),
    );
    this.#pending = this.#lanes.map(() => ({ filling: [], full: [] }));
    let previous: Promise<unknown> = Promise.resolve();
    const released = new Promise<void>((resolve) => (this.#release = resolve));
    batches(jobs).forEach((batch, i) => {
      const lane = i % this.#lanes.length;
      const request: VerifyRequest = { kind: 'prepare', jobs: batch };
      const run = () =>
        this.#lanes[lane]!.run(request).catch((error: unknown) => Promise.reject(laneError(error, 'preparing', batch))) as Promise<
          PrepareAnswer[]
        >;
      // In the background each batch waits for the one before, whichever thread it went to, until
      // the pages are written: then what is left goes to every thread at once.
      const answers = background ? Promise.race([previous, released]).then(run) : run();
      previous = answers.catch(() => {});
      batch.forEach((job, k) => {
        this.#laneOf.set(job.path, lane);
        this.prepared.set(job.path, handled(answers.then((all) => summaryFrom(all[k]!))));
      });
    });
  }

  checkEarly(job: ArticleJob, distDir: string): void {
    const lane = this.#laneOf.get(job.path);
    if (lane === undefined) return;
    const pending = this.#pending[lane]!;
    pending.filling.push(job);
    if (pending.filling.length < EARLY_BATCH) return;
    // A batch goes once the one after it is full too: its pages are written by then (Astro writes
    // each page as soon as it is generated), and one not yet there is left to the final check.
    const jobs = pending.full;
    pending.full = pending.filling;
    pending.filling = [];
    if (jobs.length === 0) return;
    const request: VerifyRequest = { kind: 'check-early', jobs: jobs.map(withoutSource), distDir };
    // Only a prepared article is checked early; one that could not be (an input error) or a
    // stopped thread leaves its page to the final check, which reports why.
    const answers = Promise.all(jobs.map((job) => this.#preparedOf(job))).then(
      () => this.#lanes[lane]!.run(request) as Promise<EarlyCheck[]>,
    );
    jobs.forEach((job, k) =>
      this.#early.set(
        job.path,
        answers.then(
          (all) => all[k],
          () => undefined,
        ),
      ),
    );
  }

  async check(jobs: readonly ArticleJob[], distDir: string): Promise<VerifiedArticle[]> {
    this.#release();
    const byLane = this.#lanes.map((): number[] => []);
    // Each article goes back to the thread holding it; one not prepared (new since) to any.
    jobs.forEach((job, i) => byLane[this.#laneOf.get(job.path) ?? i % this.#lanes.length]!.push(i));
    const results = new Array<VerifiedArticle>(jobs.length);
    const checks = byLane.flatMap((indexes, lane) =>
      batches(indexes).map(async (batch) => {
        const batchJobs = batch.map((i) => jobs[i]!);
        // An article that could not be prepared stops the run (an input error), its batch unchecked.
        await Promise.all(batchJobs.map((job) => this.#preparedOf(job)));
        const early = await Promise.all(batchJobs.map((job) => this.#early.get(job.path) ?? Promise.resolve(undefined)));
        // A prepared article's thread holds its source: the job goes without it.
        const sent = batchJobs.map((job) => (this.#laneOf.has(job.path) ? withoutSource(job) : job));
        const request: VerifyRequest = { kind: 'check', jobs: sent, distDir, early: early.map((checked) => checked?.digest) };
        const verified = (await this.#lanes
          [lane]!.run(request)
          .catch((error: unknown) => Promise.reject(laneError(error, 'checking', batchJobs)))) as FinalCheck[];
        batch.forEach((i, k) => {
          const final = verified[k]!;
          results[i] =
            'unchanged' in final
              ? { ...withFailures({ report: early[k]!.report, origin: early[k]!.origin }, final.unchanged), reads: final.reads }
              : final;
        });
      }),
    );
    await Promise.all(checks);
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.#lanes.map((lane) => lane.destroy()));
  }
}

/**
 * A job without the source facts (and earlier check) it carried to its preparation: the thread
 * that prepared it holds them, and copying them to it again (blocks, claims) would cost the main
 * thread, which page generation waits on.
 */
function withoutSource({ facts: _facts, cached: _cached, checked: _checked, ...job }: ArticleJob): ArticleJob {
  return job;
}

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function summaryFrom(answer: PrepareAnswer): PreparedSummary {
  if ('summary' in answer) return answer.summary;
  // An input error raised on a thread arrives as plain data with its name kept.
  const { name, message } = answer.error;
  throw name === InputError.name ? new InputError(message) : Object.assign(new Error(message), { name });
}

/** Files named in a message about a batch: enough to find them, not the whole batch. */
const NAMED = 5;

/** A lane's task that failed as a whole: its thread stopped (out of memory, say), or it threw. */
function laneError(error: unknown, doing: string, jobs: readonly ArticleJob[]): Error {
  const files =
    jobs
      .slice(0, NAMED)
      .map((job) => job.file)
      .join(', ') + (jobs.length > NAMED ? ` and ${jobs.length - NAMED} more` : '');
  return new Error(`the fidelity check stopped while ${doing} ${files}: ${threadFailure(error)}`, { cause: error });
}
