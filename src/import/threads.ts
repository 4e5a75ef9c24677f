/**
 * Articles read on threads (`thread.ts`), in the order of their file, for files of thousands of
 * them: the first few are read on the main thread (a handful is not worth starting threads), the
 * rest on one thread per core, a bounded number at a time, so that memory stays bounded whatever
 * the file's size. A task that fails, or whose thread dies, fails the import naming the item.
 */
import { availableParallelism } from 'node:os';
import { threadFailure, ThreadPool, threadStopped } from '../workers.ts';
import { ImportError, type WrittenArticle } from './imported.ts';
import { readArticle, type ReaderResult, type ReaderTask } from './thread.ts';

/** Articles read on the main thread before threads start. */
const BEFORE_THREADS = 32;

/**
 * Articles sent to a thread at once: handing a task to a thread and taking its result back costs
 * the main thread about as much as a small page's reading costs the thread (npm run bench:import).
 */
const BATCH = 8;

/** Batches queued on each thread: one to read while the main thread, busy itself, gets round to the next. */
const BATCHES_PER_THREAD = 2;

interface Waiting {
  task: ReaderTask;
  resolve: (article: WrittenArticle) => void;
  reject: (error: unknown) => void;
}

export class ReaderThreads {
  readonly #threads = availableParallelism();
  readonly #script: URL;
  #pool: ThreadPool<readonly ReaderTask[], ReaderResult[]> | undefined;
  /** Where articles of a batch whose thread died are read again, one at a time. */
  #suspects: ThreadPool<readonly ReaderTask[], ReaderResult[]> | undefined;
  #started = 0;
  #batch: Waiting[] = [];
  #flush: NodeJS.Immediate | undefined;

  /** `script`: the thread's module (`thread.ts`; another only in tests). */
  constructor(script = new URL('./thread.ts', import.meta.url)) {
    this.#script = script;
  }

  /** Tasks that may wait at once: enough to keep every thread busy while the main thread writes. */
  get window(): number {
    return this.#threads * BATCHES_PER_THREAD * BATCH * 2;
  }

  read(task: ReaderTask): Promise<WrittenArticle> {
    if (++this.#started <= BEFORE_THREADS) return Promise.resolve().then(() => readArticle(task));
    return new Promise<WrittenArticle>((resolve, reject) => {
      this.#batch.push({ task, resolve, reject });
      // A batch goes when full, or once the main thread has nothing more to add for now.
      if (this.#batch.length >= BATCH) this.#send();
      else this.#flush ??= setImmediate(() => this.#send());
    });
  }

  #send(): void {
    if (this.#flush) clearImmediate(this.#flush);
    this.#flush = undefined;
    const batch = this.#batch;
    this.#batch = [];
    if (batch.length > 0) void this.#run(batch);
  }

  async #run(batch: readonly Waiting[]): Promise<void> {
    // Each page makes a DOM and several trees that die young: a larger young generation collects
    // them there (npm run bench:import: faster, and less memory at its peak).
    this.#pool ??= new ThreadPool<readonly ReaderTask[], ReaderResult[]>(this.#script, {
      threads: this.#threads,
      tasksPerThread: BATCHES_PER_THREAD,
      resourceLimits: { maxYoungGenerationSizeMb: 48 },
    });
    try {
      this.#settle(batch, await this.#pool.run(batch.map(({ task }) => task)));
    } catch (error) {
      if (!threadStopped(error)) for (const { reject } of batch) reject(new ImportError((error as Error).message));
      // A thread died of one of the articles on it: each is read again alone, one at a time on a
      // thread of its own, so that only the one that kills it is named.
      else for (const one of batch) await this.#alone(one);
    }
  }

  async #alone(one: Waiting): Promise<void> {
    this.#suspects ??= new ThreadPool<readonly ReaderTask[], ReaderResult[]>(this.#script, { threads: 1, idleMs: Infinity });
    try {
      this.#settle([one], await this.#suspects.run([one.task]));
    } catch (error) {
      one.reject(
        new ImportError(threadStopped(error) ? `${one.task.file}: could not be read: ${threadFailure(error)}` : (error as Error).message),
      );
    }
  }

  #settle(batch: readonly Waiting[], results: readonly ReaderResult[]): void {
    batch.forEach(({ resolve, reject }, index) => {
      const result = results[index]!;
      if ('error' in result) reject(new ImportError(result.error));
      else resolve(result.article);
    });
  }

  async destroy(): Promise<void> {
    if (this.#flush) clearImmediate(this.#flush);
    for (const { reject } of this.#batch) reject(new ImportError('the import stopped before this article was read'));
    this.#batch = [];
    await Promise.all([this.#pool?.destroy(), this.#suspects?.destroy()]);
  }
}

/** A result to come, boxed: a generator that yielded the promise itself would wait for it there. */
export interface Pending<T> {
  result: Promise<T>;
}

/**
 * The results of `pending`, in its order, with at most `window` of them unsettled: each is awaited
 * only when its turn comes (a failure then fails the whole, never as an unhandled rejection).
 */
export async function* inOrder<T>(pending: AsyncIterable<Pending<T>> | Iterable<Pending<T>>, window: number): AsyncGenerator<T> {
  const waiting: Array<Promise<T>> = [];
  for await (const { result } of pending) {
    result.catch(() => undefined);
    waiting.push(result);
    while (waiting.length > window) yield await waiting.shift()!;
  }
  while (waiting.length > 0) yield await waiting.shift()!;
}
