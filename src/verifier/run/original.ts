/**
 * Reads an imported article's original for the end-to-end proof: the original must be the one
 * the entry records (its sha256), importing it again must give the entry's own clean-up log, and
 * the entry's text must be the original's after those clean-ups. What comes back is the original's
 * text, analysed, for the checks to hold the page against.
 */
import { dirname, join, relative } from 'node:path';
import { bodyFacts } from '../../import/imported.ts';
import { sha256 } from '../../import/bytes.ts';
import type { OriginalItem } from '../../import/imported.ts';
import { originalShownText, readOriginal } from '../../import/readers/index.ts';
import type { Article } from '../../schema/article.ts';
import type { SourceFacts } from '../../text/source-facts.ts';
import { analyseSource, type SourceAnalysis } from '../check/analyse.ts';
import { checkEntryAgainstOriginal } from '../check/original.ts';
import { asShown } from '../check/original-page.ts';
import { digestText } from './build-cache.ts';
import type { FileReads } from './file-reads.ts';
import { downloadName } from '../../contract.ts';
import { comparable } from '../../text/changes.ts';
import type { Failure } from '../check/report.ts';

export interface OriginalProof {
  /** The original's text, analysed; absent when the original cannot be trusted or read. */
  source?: SourceAnalysis | undefined;
  /** What its pages must show of it; absent when it cannot be trusted or read. */
  shown?: CopyShown | undefined;
  problems: Failure[];
}

/** What the site must show of one copy of a report: its download, its text, its text as a page shows it. */
export interface CopyShown {
  sha256: string;
  /** Its download's file name (`downloadName`). */
  download: string;
  /** The digest (`digestText`) of its whole text as its original's page must show it (`asShown`). */
  textDigest: string;
  /** The digest of its text as its page shows it (`comparable`), which a changes page must show whole. */
  comparableDigest: string;
}

const copyShown = (original: NonNullable<Article['original']>, text: string, blocks: readonly string[]): CopyShown => ({
  sha256: original.sha256,
  download: downloadName(original.path, original.format),
  textDigest: digestText(asShown(text)),
  comparableDigest: digestText(comparable(blocks.join('\n\n'))),
});

const logLine = ({ rule, before, after }: { rule: string; before: string; after: string }) =>
  `${rule}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`;

/**
 * An item of a file of many must be the one the entry records: its id (guid, uri), its own
 * digest and its archive record, each as the entry names them.
 */
function itemProblems(recorded: NonNullable<Article['original']>, item: OriginalItem, field: string, shown: string): Failure[] {
  const fields = [
    ['id', recorded.id, item.id],
    ['item', recorded.item, item.item],
    ['record', recorded.record, item.record],
  ] as const;
  return fields.flatMap(([key, expected, found]) =>
    expected !== undefined && expected !== found
      ? [
          {
            check: 'original',
            message: `${field}.${key}: ${shown} holds another item than the entry records`,
            expected,
            found: found ?? '(none)',
          },
        ]
      : [],
  );
}

/**
 * `entry`: the entry's data, with `original`; `facts`: the entry's own text, as read from its
 * Markdown; `reads`: where the original is read, and noted.
 */
export async function proveAgainstOriginal(
  entryPath: string,
  cwd: string,
  entry: Article & { original: NonNullable<Article['original']> },
  facts: SourceFacts,
  reads: FileReads,
): Promise<OriginalProof> {
  const path = join(dirname(entryPath), entry.original.path);
  const shown = relative(cwd, path) || path;
  let bytes: Uint8Array;
  try {
    bytes = reads.sourceFile(path);
  } catch {
    return {
      problems: [{ check: 'original', message: 'the original the entry records cannot be read', expected: shown, found: '(missing)' }],
    };
  }
  const digest = sha256(bytes);
  if (digest !== entry.original.sha256) {
    return {
      problems: [
        {
          check: 'original',
          message: `the original changed since it was imported (${shown}): its sha256 is not the one the entry records`,
          expected: entry.original.sha256,
          found: digest,
        },
      ],
    };
  }
  const text = await originalShownText(entry.original.format, bytes, shown);
  const item = await readOriginal(entry.original.format, bytes, shown, {
    sourceName: entry.source.name,
    lang: entry.lang,
    columns: entry.original.columns,
  });
  const { article } = item;
  const problems: Failure[] = [...itemProblems(entry.original, item, 'original', shown)];
  const entryLog = entry.cleanup ?? [];
  const sameLog =
    entryLog.length === article.cleanup.length &&
    article.cleanup.every(
      (change, i) => change.rule === entryLog[i]?.rule && change.before === entryLog[i].before && change.after === entryLog[i].after,
    );
  if (!sameLog) {
    const [expected, found] = [article.cleanup, entryLog].map((log) => log.map(logLine).join('; ') || '(no clean-ups)');
    problems.push({
      check: 'original',
      message: "the entry's clean-up log is not what importing the original gives",
      expected: expected!,
      found: found!,
    });
  }
  // A byline is who wrote the report: the entry's must be the one its original gives, or none.
  if (entry.byline !== undefined && entry.byline !== article.byline) {
    problems.push({
      check: 'original',
      message: `byline: not the one the original gives (${shown}); import the original again, or remove the byline`,
      expected: article.byline ?? '(the original names no author)',
      found: entry.byline,
    });
  }
  const original = bodyFacts(article, entry.lang);
  problems.push(...checkEntryAgainstOriginal(facts.blocks, original.blocks));
  return { source: analyseSource(withFindings(original, facts)), shown: copyShown(entry.original, text, original.blocks), problems };
}

/**
 * The original's text, with what a render already found in the entry's (its claims, its word
 * count) when the two are the very same blocks in the same language, most often so: those are
 * functions of the blocks and the language alone, and finding them again is most of a check.
 */
function withFindings(original: SourceFacts, entry: SourceFacts): SourceFacts {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((block, i) => block === b[i]);
  if (original.lang !== entry.lang || !same(original.blocks, entry.blocks) || !same(original.blockquotes, entry.blockquotes))
    return original;
  return { ...original, ...(entry.claims ? { claims: entry.claims } : {}), ...(entry.words === undefined ? {} : { words: entry.words }) };
}

/**
 * The earlier copies of a report (`versions`): each original must be there, be the one recorded,
 * read as an article, and name the copy before it (`previous`), as the newest names the last of
 * them, so that a version list edited by hand fails, naming the field. What their pages must show,
 * oldest first, and what is wrong.
 */
export async function proveVersions(
  entryPath: string,
  cwd: string,
  entry: Article & { original: NonNullable<Article['original']> },
  reads: FileReads,
): Promise<{ shown: CopyShown[]; problems: Failure[] }> {
  const versions = entry.versions ?? [];
  const shown: CopyShown[] = [];
  const problems: Failure[] = [];
  const field = (i: number) => (i < versions.length ? `versions[${i}]` : 'original');
  for (const [i, copy] of [...versions, entry.original].entries()) {
    const before = versions[i - 1]?.sha256;
    if (copy.previous !== before && (i > 0 || copy.previous !== undefined)) {
      problems.push({
        check: 'original',
        message: `${field(i)}.previous: the version list was edited: ${before ? `the copy before it is ${before}` : 'no copy comes before it'}`,
        expected: before ?? '(none)',
        found: copy.previous ?? '(none)',
      });
    }
    if (i === versions.length) continue;
    const path = join(dirname(entryPath), copy.path);
    const name = `${field(i)}.path (${relative(cwd, path) || path})`;
    let bytes: Uint8Array;
    try {
      bytes = reads.sourceFile(path);
    } catch {
      problems.push({ check: 'original', message: `${name}: the original cannot be read`, expected: copy.path, found: '(missing)' });
      continue;
    }
    if (sha256(bytes) !== copy.sha256) {
      problems.push({
        check: 'original',
        message: `${field(i)}.sha256: ${name} is not the original recorded`,
        expected: copy.sha256,
        found: sha256(bytes),
      });
      continue;
    }
    try {
      const text = await originalShownText(copy.format, bytes, name);
      const item = await readOriginal(copy.format, bytes, name, { sourceName: entry.source.name, lang: entry.lang, columns: copy.columns });
      problems.push(...itemProblems(copy, item, field(i), name));
      shown.push(copyShown(copy, text, bodyFacts(item.article, entry.lang).blocks));
    } catch (error) {
      problems.push({ check: 'original', message: `${name}: ${(error as Error).message}`, expected: '', found: '' });
    }
  }
  return { shown, problems };
}
