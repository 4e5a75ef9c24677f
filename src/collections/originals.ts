/**
 * An imported article's originals, as kept beside the content: the newest (`original`) and every
 * earlier copy its source published (`versions`), oldest first, each read again with the
 * importer's own reader. For the pages that let a reader open what an article was proved against,
 * check its SHA-256, and see how the report changed; the verifier proves those pages against the
 * same files.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { downloadName } from '../contract.ts';
import type { Cleanup } from '../import/cleanup.ts';
import { bodyFacts } from '../import/imported.ts';
import { originalShownText, readOriginal } from '../import/readers/index.ts';
import type { Article } from '../schema/article.ts';
import type { CopyText } from '../text/changes.ts';

/** One original of a report, as kept. */
export interface OriginalCopy {
  /** What the entry records of it. */
  original: NonNullable<Article['original']>;
  /** Its bytes, exactly as imported. */
  bytes: Uint8Array;
  /** Its text, as it arrived (`originalShownText`). */
  text: string;
  /** The file name it is offered for download as (`downloadName`). */
  download: string;
}

/** A copy read as the importer reads it: its headline, its text as its page shows it, its clean-ups. */
export interface ReportCopy extends OriginalCopy, CopyText {
  title: string;
  /** The changes its import made to its text, in order. */
  cleanup: Cleanup[];
}

type Entry = { filePath?: string | undefined; data: Article };

/** The report's originals, oldest first, the newest last; none for an entry written by hand. */
export async function originalCopies(entry: Entry): Promise<OriginalCopy[]> {
  const { original, versions = [] } = entry.data;
  if (!original || !entry.filePath) return [];
  const folder = dirname(resolve(entry.filePath));
  return Promise.all(
    [...versions, original].map(async (copy, i) => {
      const shown = `${entry.filePath}: ${i < versions.length ? `versions[${i}]` : 'original'}.path (${copy.path})`;
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(resolve(folder, copy.path));
      } catch {
        throw new Error(`${shown}: the original cannot be read`);
      }
      return {
        original: copy,
        bytes,
        text: await originalShownText(copy.format, bytes, shown),
        download: downloadName(copy.path, copy.format),
      };
    }),
  );
}

/** Each copy read again with the importer's reader (costly for web pages: only where versions are shown). */
export async function reportCopies(entry: Entry): Promise<ReportCopy[]> {
  const { source, lang } = entry.data;
  return Promise.all(
    (await originalCopies(entry)).map(async (copy) => {
      const { article } = await readOriginal(copy.original.format, copy.bytes, `${entry.filePath}: ${copy.original.path}`, {
        sourceName: source.name,
        lang,
        columns: copy.original.columns,
      });
      return { ...copy, title: article.title, blocks: bodyFacts(article, lang).blocks, lang, cleanup: article.cleanup };
    }),
  );
}

/** How often the source changed a report, and when each new copy was retrieved (when known), oldest first. */
export function sourceChanges(data: Pick<Article, 'original' | 'versions'>): { times: number; dates: Date[]; latest?: Date | undefined } {
  const copies = [...(data.versions ?? []), ...(data.original ? [data.original] : [])];
  const dates = copies.slice(1).flatMap((copy) => (copy.retrieved ? [copy.retrieved] : []));
  return { times: data.versions?.length ?? 0, dates, latest: dates.at(-1) };
}
