/**
 * The importer's input files, read into their articles: a report, a page or a dataset whole; a
 * feed's items and an archive's pages on one thread per core (`threads.ts`), in order, an archive
 * as a stream, record by record, in bounded memory whatever its size.
 */
import { originalText } from './bytes.ts';
import type { ImportedArticle, OriginalFormat, OriginalItem, ReaderOptions, WrittenArticle } from './imported.ts';
import type { ColumnMap } from './readers/dataset.ts';
import { feedDrafts } from './readers/feed.ts';
import { readText } from './readers/index.ts';
import { readWarc } from './readers/warc.ts';
import { inOrder, ReaderThreads } from './threads.ts';

/** What one input file yields: one article for a report, one an item for a dataset, a feed, a list of wire stories, an archive. */
export interface InputFile {
  /** Articles read on threads arrive written (`WrittenArticle`); the others as read. */
  items: Iterable<OriginalItem> | AsyncIterable<OriginalItem<ImportedArticle | WrittenArticle>>;
  /** The columns a dataset was read by (recorded with each row's original). */
  columns?: ColumnMap | undefined;
}

/** Reads the input at `path` as `format`; `bytes` reads it whole (kept by the caller for a report); `file` names it in messages. */
export function readInput(
  format: OriginalFormat,
  path: string,
  bytes: () => Uint8Array,
  file: string,
  options: ReaderOptions = {},
): InputFile {
  if (format === 'warc') return { items: readArchive(path, file, options) };
  if (format === 'feed') return { items: readFeedItems(originalText(bytes(), file), file, options) };
  return readText(format, originalText(bytes(), file), file, options);
}

async function* readArchive(path: string, file: string, options: ReaderOptions): AsyncGenerator<OriginalItem<WrittenArticle>> {
  const threads = new ReaderThreads();
  try {
    yield* inOrder(
      readWarc(path, file, options, (task) => threads.read({ kind: 'page', ...task })),
      threads.window,
    );
  } finally {
    await threads.destroy();
  }
}

async function* readFeedItems(text: string, file: string, options: ReaderOptions): AsyncGenerator<OriginalItem<WrittenArticle>> {
  const drafts = feedDrafts(text, file);
  const threads = new ReaderThreads();
  // Lazily: a task starts only when the window has room for it.
  const tasks = function* () {
    for (const { fields, channel, ...item } of drafts) {
      const draft = { fields, channel, label: item.label };
      yield { result: threads.read({ kind: 'feed-item', draft, file, options }).then((article) => ({ ...item, article })) };
    }
  };
  try {
    yield* inOrder(tasks(), threads.window);
  } finally {
    await threads.destroy();
  }
}
