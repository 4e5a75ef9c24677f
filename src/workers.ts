/**
 * Worker threads through Piscina, for the Markdown renderer and the verifier alike. Piscina keeps
 * the pool whole: a task that throws rejects alone; a thread that exits or runs out of memory is
 * replaced, and only its own task rejects (an error thrown from a callback of the task too). One
 * case it leaves open: a thread whose script cannot load is reported on the pool's `error` event
 * while the tasks waiting for a thread never settle; `ThreadPool` rejects them with that error, so
 * that nothing waits forever. `threadFailure` puts any of these in words for a message that names
 * what the thread was working on.
 */
import { availableParallelism } from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import { Piscina } from 'piscina';

export interface ThreadOptions {
  /** Handed to every thread (read it there with `import { workerData } from 'piscina'`). */
  workerData?: unknown;
  /** Threads at most; default one per core. */
  threads?: number | undefined;
  /**
   * Stop a thread after this long without a task, giving its memory back (a build renders every
   * entry up front, then never again); threads start again when needed. Default one second;
   * `Infinity` keeps them until `destroy`.
   */
  idleMs?: number | undefined;
  /** V8 heap limits for each thread. */
  resourceLimits?: ResourceLimits | undefined;
  /**
   * Tasks handed to a thread before it finishes the one it is on; default 1. More keeps a thread
   * busy while the main thread, busy itself, gets round to handing out the next task.
   */
  tasksPerThread?: number | undefined;
}

/** Runs the default export of `script` on worker threads, started on first use. */
export class ThreadPool<Task, Result> {
  readonly #pool: Piscina;
  readonly #waiting = new Set<(error: unknown) => void>();

  constructor(
    script: URL,
    { workerData, threads = availableParallelism(), idleMs = 1000, resourceLimits, tasksPerThread = 1 }: ThreadOptions = {},
  ) {
    this.#pool = new Piscina({
      filename: script.href,
      workerData,
      minThreads: 0,
      maxThreads: Math.max(1, threads),
      // Node's timers take at most 2^31-1 ms; a longer one fires at once.
      idleTimeout: Math.min(idleMs, 2 ** 31 - 1),
      concurrentTasksPerWorker: tasksPerThread,
      ...(resourceLimits ? { resourceLimits } : {}),
    });
    this.#pool.on('error', (error: unknown) => {
      for (const reject of this.#waiting) reject(error);
      this.#waiting.clear();
    });
  }

  run(task: Task): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.#waiting.add(reject);
      (this.#pool.run(task) as Promise<Result>).then(resolve, reject).finally(() => this.#waiting.delete(reject));
    });
  }

  /** Stops every thread; tasks still running reject. */
  async destroy(): Promise<void> {
    await this.#pool.destroy();
  }
}

const exited = /worker exited with code:? ?(-?\d+)/i;

/** Whether a task failed because its thread stopped (ran out of memory, exited), not by throwing. */
export function threadStopped(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === 'ERR_WORKER_OUT_OF_MEMORY' || exited.test(message ?? '');
}

/** A task's error in words: why its thread stopped, or what the task threw. */
export function threadFailure(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return 'its thread ran out of memory';
  const exit = exited.exec(message ?? '');
  if (exit) return `its thread stopped (exit code ${exit[1]})`;
  return message ?? String(error);
}
