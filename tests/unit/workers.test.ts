import { describe, expect, it } from 'vitest';
import { threadFailure, ThreadPool } from '../../src/workers.ts';
import type { Fault } from '../fixtures/threads/faulty.ts';

const faulty = new URL('../fixtures/threads/faulty.ts', import.meta.url);
const limits = { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 };

/** Runs `fault` beside a well-behaved task on the other thread; both must settle. */
async function runBeside(fault: Fault) {
  const pool = new ThreadPool<Fault, string>(faulty, { threads: 2, resourceLimits: limits });
  const neighbour = pool.run('none');
  const failed = await pool.run(fault).then(
    () => undefined,
    (error: unknown) => error,
  );
  const afterwards = await pool.run('none');
  const settled = { failed, neighbour: await neighbour, afterwards };
  await pool.destroy();
  return settled;
}

describe('ThreadPool', () => {
  it.each([
    ['throws', 'throw', 'the task failed'],
    ['exits', 'exit', 'its thread stopped (exit code 3)'],
    ['runs out of memory', 'oom', 'its thread ran out of memory'],
    ['throws outside its task', 'stray', 'thrown outside the task'],
  ] as const)('a thread that %s fails its task with a reason, and the pool goes on', async (_name, fault, reason) => {
    const { failed, neighbour, afterwards } = await runBeside(fault);
    expect(threadFailure(failed)).toBe(reason);
    expect(neighbour).toBe('done');
    expect(afterwards).toBe('done');
  });

  it('a thread whose script cannot load fails the task instead of leaving it waiting', async () => {
    const pool = new ThreadPool<Fault, string>(new URL('../fixtures/threads/unloadable.ts', import.meta.url), { threads: 1 });
    await expect(pool.run('none')).rejects.toThrow('this module cannot load');
    await pool.destroy();
  });
});
