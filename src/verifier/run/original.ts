/**
 * Reads an imported article's original for the end-to-end proof: the original must be the one
 * the entry records (its sha256), importing it again must give the entry's own clean-up log, and
 * the entry's text must be the original's after those clean-ups. What comes back is the original's
 * text, analysed, for the checks to hold the page against.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { bodyFacts } from '../../import/imported.ts';
import { originalText, sha256 } from '../../import/bytes.ts';
import { readOriginal } from '../../import/readers/index.ts';
import type { Article } from '../../schema/article.ts';
import type { SourceFacts } from '../../text/source-facts.ts';
import { analyseSource, type SourceAnalysis } from '../check/analyse.ts';
import { checkEntryAgainstOriginal } from '../check/original.ts';
import { asShown } from '../check/original-page.ts';
import { digestText } from './facts-cache.ts';
import type { Failure } from '../check/report.ts';

export interface OriginalProof {
  /** The original's text, analysed; absent when the original cannot be trusted or read. */
  source?: SourceAnalysis | undefined;
  /** The digest (`digestText`) of the original's whole text as its own page must show it (`asShown`). */
  textDigest?: string | undefined;
  problems: Failure[];
}

const logLine = ({ rule, before, after }: { rule: string; before: string; after: string }) =>
  `${rule}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`;

/** `entry`: the entry's data, with `original`; `facts`: the entry's own text, as read from its Markdown. */
export function proveAgainstOriginal(
  entryPath: string,
  cwd: string,
  entry: Article & { original: NonNullable<Article['original']> },
  facts: SourceFacts,
): OriginalProof {
  const path = join(dirname(entryPath), entry.original.path);
  const shown = relative(cwd, path) || path;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
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
  const text = originalText(bytes, shown);
  const article = readOriginal(entry.original.format, text, shown, {
    sourceName: entry.source.name,
    lang: entry.lang,
    columns: entry.original.columns,
  });
  const problems: Failure[] = [];
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
  const original = bodyFacts(article, entry.lang);
  problems.push(...checkEntryAgainstOriginal(facts.blocks, original.blocks));
  return { source: analyseSource(original), textDigest: digestText(asShown(text)), problems };
}
