/**
 * A small pool of worker threads answering one kind of request each. Requests go to the least
 * busy worker; workers start on first use and never keep the process alive.
 */
import { readlinkSync } from 'node:fs';
import { availableParallelism, setPriority } from 'node:os';
import { Worker, type ResourceLimits, type WorkerOptions } from 'node:worker_threads';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: number;
}

export interface PoolOptions {
  /** Handed to every worker as `workerData`. */
  workerData?: unknown;
  /** Threads; default one per core. */
  size?: number | undefined;
  /**
   * Stop the workers after this long without a request, giving their memory back (a build
   * renders every entry up front, then never again); they start again if needed.
   */
  idleMs?: number | undefined;
  /** V8 heap limits for each worker. */
  resourceLimits?: ResourceLimits | undefined;
}

export class WorkerPool<Request, Response> {
  #slots: Slot[] = [];
  #pending = new Map<number, Pending>();
  #next = 0;
  #idle: NodeJS.Timeout | undefined;
  readonly size: number;
  readonly #script: URL;
  readonly #options: WorkerOptions;
  readonly #idleMs: number;

  constructor(script: URL, { workerData, size = availableParallelism(), idleMs = 1000, resourceLimits }: PoolOptions = {}) {
    this.#script = script;
    this.#options = { workerData, ...(resourceLimits ? { resourceLimits } : {}) };
    this.size = Math.max(1, size);
    this.#idleMs = idleMs;
  }

  #start(): void {
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(this.#script, this.#options);
      worker.unref();
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', ({ id, value, error }: { id: number; value?: unknown; error?: { name: string; message: string; stack?: string } }) => {
        slot.busy--;
        if (this.#pending.size === 1) this.#stopWhenIdle();
        const pending = this.#pending.get(id);
        this.#pending.delete(id);
        if (!pending) return;
        if (error) pending.reject(Object.assign(new Error(error.message), { name: error.name, stack: error.stack }));
        else pending.resolve(value);
      });
      worker.on('error', (error: Error) => {
        for (const pending of this.#pending.values()) pending.reject(error);
        this.#pending.clear();
      });
      this.#slots.push(slot);
    }
  }

  #stopWhenIdle(): void {
    if (!Number.isFinite(this.#idleMs)) return;
    clearTimeout(this.#idle);
    this.#idle = setTimeout(() => {
      if (this.#pending.size === 0) void this.close();
    }, this.#idleMs);
    this.#idle.unref();
  }

  run(request: Request): Promise<Response> {
    clearTimeout(this.#idle);
    if (this.#slots.length === 0) this.#start();
    const slot = this.#slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.#next++;
    slot.busy++;
    return new Promise<Response>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      slot.worker.postMessage({ id, request });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
    this.#slots = [];
  }
}

/** The worker side: answers each request with `handle`, errors included. */
export async function serveRequests<Request, Response>(
  port: import('node:worker_threads').MessagePort | null,
  handle: (request: Request) => Promise<Response> | Response,
): Promise<void> {
  if (!port) throw new Error('serveRequests must run in a worker thread');
  port.on('message', async ({ id, request }: { id: number; request: Request }) => {
    try {
      port.postMessage({ id, value: await handle(request) });
    } catch (error) {
      // The name travels too, so that the caller can tell its own kinds of error apart.
      const { name, message, stack } = error as Error;
      port.postMessage({ id, error: { name, message, stack } });
    }
  });
}

/**
 * Lowers the calling worker thread's scheduling priority, so that it takes only CPU time the
 * main thread leaves idle. Linux schedules threads on their own (`/proc/thread-self` names this
 * one); elsewhere this does nothing.
 */
export function yieldToMainThread(niceness = 19): void {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), niceness);
  } catch {
    // Not Linux, or not allowed: the thread keeps its priority.
  }
}
