import { describe, expect, it } from 'vitest';
import { inOrder, ReaderThreads } from '../../../src/import/threads.ts';
import type { ReaderTask } from '../../../src/import/thread.ts';
import { newsPage } from '../../helpers/archives.ts';

const page = (i: number): ReaderTask => ({
  kind: 'page',
  html: newsPage({ title: `Report ${i}`, site: 'Example Wire', paragraphs: [`The council met for the ${i}th time, its clerk said.`] }),
  file: `page-${i}`,
  options: {},
});

/** Each task's outcome in its order: the title read, or the message of its failure. */
async function outcomes(threads: ReaderThreads, tasks: readonly ReaderTask[]): Promise<string[]> {
  const settled = await Promise.allSettled(tasks.map((task) => threads.read(task)));
  await threads.destroy();
  return settled.map((one) => (one.status === 'fulfilled' ? one.value.title : (one.reason as Error).message));
}

describe('articles read on threads', () => {
  it('reads past the first few in batches on threads, each article its own, in order, written as Markdown', async () => {
    const threads = new ReaderThreads();
    const tasks = Array.from({ length: 100 }, (_, i) => page(i));
    const read = await Promise.all(tasks.map((task) => threads.read(task)));
    await threads.destroy();
    expect(read.map(({ title }) => title)).toEqual(tasks.map((_, i) => `Report ${i}`));
    expect(read[70]!.markdown).toBe('The council met for the 70th time, its clerk said.\n');
    expect(read[70]).not.toHaveProperty('body');
  });

  it('fails only the article that fails, naming it, whatever batch it was read in', async () => {
    const tasks = Array.from({ length: 100 }, (_, i) => page(i));
    tasks[70] = { ...tasks[70]!, html: '<html><body></body></html>' } as ReaderTask;
    const read = await outcomes(new ReaderThreads(), tasks);
    expect(read[70]).toBe('page-70: no article text found on the page');
    expect(read.filter((one) => one.startsWith('Report '))).toHaveLength(99);
  });

  it('names the article whose thread died, and reads the others of its batch again', async () => {
    const tasks = Array.from({ length: 60 }, (_, i) => page(i));
    tasks[45] = { ...tasks[45]!, file: 'dies' };
    const read = await outcomes(new ReaderThreads(new URL('../../helpers/dying-thread.ts', import.meta.url)), tasks);
    expect(read[45]).toBe('dies: could not be read: its thread stopped (exit code 3)');
    expect(read.filter((one, i) => i !== 45 && one !== `Report ${i}`)).toEqual([]);
  });
});

describe('results in order', () => {
  it('yields each result in its turn, at most a window of them waiting', async () => {
    let started = 0;
    const pending = function* () {
      for (let i = 0; i < 20; i++) {
        started++;
        yield { result: new Promise<number>((resolve) => setTimeout(() => resolve(i), (20 - i) % 7)) };
      }
    };
    const seen: Array<[number, number]> = [];
    for await (const value of inOrder(pending(), 4)) seen.push([value, started]);
    expect(seen.map(([value]) => value)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    // The first result is taken once the fifth is started: the window holds four.
    expect(seen[0]![1]).toBe(5);
  });
});
