/**
 * Articles read on threads (`thread.ts`), in the order of their file, for files of thousands of
 * them: the first few are read on the main thread (a handful is not worth starting threads), the
 * rest on one thread per core, a bounded number at a time, so that memory stays bounded whatever
 * the file's size. A task that fails, or whose thread dies, fails the import naming the item.
 */
import { availableParallelism } from 'node:os';
import { threadFailure, ThreadPool, threadStopped } from '../workers.ts';
import { ImportError, type ImportedArticle } from './imported.ts';
import readArticle, { type ReaderTask } from './thread.ts';

/** Articles read on the main thread before threads start. */
const BEFORE_THREADS = 32;

export class ReaderThreads {
  readonly #threads = availableParallelism();
  #pool: ThreadPool<ReaderTask, ImportedArticle> | undefined;
  #started = 0;

  /** Tasks that may wait at once: enough to keep every thread busy while the main thread writes. */
  get window(): number {
    return this.#threads * 16;
  }

  read(task: ReaderTask): Promise<ImportedArticle> {
    if (++this.#started <= BEFORE_THREADS) return Promise.resolve().then(() => readArticle(task));
    // A few tasks queued on each thread keep it busy while the main thread is busy itself. Each
    // page makes a DOM and several trees that die young: a larger young generation collects them
    // there (npm run bench:import: faster, and less memory at its peak).
    this.#pool ??= new ThreadPool<ReaderTask, ImportedArticle>(new URL('./thread.ts', import.meta.url), {
      threads: this.#threads,
      tasksPerThread: 4,
      resourceLimits: { maxYoungGenerationSizeMb: 48 },
    });
    return this.#pool.run(task).catch((error: unknown) => {
      throw new ImportError(threadStopped(error) ? `${task.file}: could not be read: ${threadFailure(error)}` : (error as Error).message);
    });
  }

  async destroy(): Promise<void> {
    await this.#pool?.destroy();
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
