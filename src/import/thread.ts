/**
 * A thread that reads articles for the importer: an archive's web pages (`readWebPage`) and a
 * feed's items (`feedArticle`), the costly part of importing thousands of them (Readability, HTML
 * to Markdown), read on every core while the main thread reads the file on. The body's Markdown
 * is written here too, so that the main thread only writes the entry. Articles come in batches
 * (`threads.ts`); each one's failure is its own.
 */
import { literalMarkdown } from './entry.ts';
import type { ReaderOptions, WrittenArticle } from './imported.ts';
import { feedArticle, type FeedDraft } from './readers/feed.ts';
import { readWebPage } from './readers/web-page.ts';
import type { PageTask } from './readers/warc.ts';

export type ReaderTask = ({ kind: 'page' } & PageTask) | { kind: 'feed-item'; draft: FeedDraft; file: string; options: ReaderOptions };

/** One task's outcome: the article, or the message of what made it fail. */
export type ReaderResult = { article: WrittenArticle } | { error: string };

export function readArticle(task: ReaderTask): WrittenArticle {
  const { body, ...article } =
    task.kind === 'page' ? readWebPage(task.html, task.file, task.options) : feedArticle(task.draft, task.file, task.options);
  return { ...article, markdown: literalMarkdown(body) };
}

export default function readArticles(tasks: readonly ReaderTask[]): ReaderResult[] {
  return tasks.map((task) => {
    try {
      return { article: readArticle(task) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
}
