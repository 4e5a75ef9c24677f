import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the calling thread's scheduling priority, so that it takes only CPU time the build's
 * own threads leave idle. Linux schedules threads on their own (`/proc/thread-self` names this
 * one); elsewhere this does nothing.
 */
export function yieldToOtherThreads(niceness = 19): void {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), niceness);
  } catch {
    // Not Linux, or not allowed: the thread keeps its priority.
  }
}
