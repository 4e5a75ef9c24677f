/** The importer's reader thread, except that it dies on a page named `dies`: what a page that exhausts a thread does. */
import readArticles, { type ReaderTask } from '../../src/import/thread.ts';

export default function readOrDie(tasks: readonly ReaderTask[]) {
  if (tasks.some((task) => task.file === 'dies')) process.exit(3);
  return readArticles(tasks);
}
