/**
 * A verifier thread for large sites: prepares its share of the articles, keeps them, checks their
 * pages as soon as the build has written them, and at the end makes sure each page is still the
 * one checked (see site-check.ts).
 */
import {
  prepareArticle,
  readPageFile,
  summaryOf,
  checkArticlePage,
  checkOriginalPages,
  withFailures,
  type ArticleJob,
  type PreparedArticle,
  type PreparedSummary,
  type VerifiedArticle,
} from './article-job.ts';
import type { Failure } from '../check/report.ts';
import { digestText } from './facts-cache.ts';
import { yieldToOtherThreads } from './priority.ts';

export type VerifyRequest =
  | { kind: 'prepare'; jobs: ArticleJob[] }
  /** Pages written a moment ago: checked now, each article kept for the final check. */
  | { kind: 'check-early'; jobs: ArticleJob[]; distDir: string }
  /** The final check, of the pages as written; `early[k]`: the digest of the text jobs[k]'s page was checked against early. */
  | { kind: 'check'; jobs: ArticleJob[]; distDir: string; early?: Array<string | undefined> | undefined };

/** One answer per article: an article that cannot be prepared must not hide the others' answers. */
export type PrepareAnswer = { summary: PreparedSummary } | { error: { name: string; message: string } };

/** A page checked as soon as it was written, with the digest of the text it was checked against; undefined when it was not there yet. */
export type EarlyCheck = (VerifiedArticle & { digest: string }) | undefined;

/**
 * `unchanged`: the page as written is the very text checked early, whose result stands, with what
 * the final check of the original's pages found.
 */
export type FinalCheck = VerifiedArticle | { unchanged: Failure[] };

export type VerifyResponse = PrepareAnswer[] | EarlyCheck[] | FinalCheck[];

const held = new Map<string, PreparedArticle>();

async function prepare(jobs: ArticleJob[]): Promise<PrepareAnswer[]> {
  const answers: PrepareAnswer[] = [];
  for (const job of jobs) {
    try {
      const prepared = await prepareArticle(job);
      held.set(job.path, prepared);
      answers.push({ summary: summaryOf(prepared) });
    } catch (error) {
      const { name, message } = error as Error;
      answers.push({ error: { name, message } });
    }
  }
  return answers;
}

async function preparedFor(job: ArticleJob): Promise<PreparedArticle> {
  let prepared = held.get(job.path);
  if (!prepared) held.set(job.path, (prepared = await prepareArticle(job)));
  return prepared;
}

async function checkEarly(jobs: ArticleJob[], distDir: string): Promise<EarlyCheck[]> {
  const checked: EarlyCheck[] = [];
  for (const job of jobs) {
    const prepared = await preparedFor(job);
    const html = readPageFile(prepared, distDir);
    checked.push(html === undefined ? undefined : { ...checkArticlePage(prepared, html), digest: digestText(html) });
  }
  return checked;
}

async function check(jobs: ArticleJob[], distDir: string, early: Array<string | undefined> = []): Promise<FinalCheck[]> {
  const verified: FinalCheck[] = [];
  for (const [k, job] of jobs.entries()) {
    const prepared = await preparedFor(job);
    held.delete(job.path);
    const html = readPageFile(prepared, distDir);
    // A page changed after it was generated (by another integration, say) is checked again as written.
    const unchanged = early[k] !== undefined && html !== undefined && digestText(html) === early[k];
    const originalFailures = checkOriginalPages(prepared, distDir);
    verified.push(unchanged ? { unchanged: originalFailures } : withFailures(checkArticlePage(prepared, html), originalFailures));
  }
  return verified;
}

// During a build this thread works beside the page generation, which must not wait for it: the
// lowest priority, so that it takes only time no other thread wants.
yieldToOtherThreads();

export default function serve(request: VerifyRequest): Promise<VerifyResponse> {
  switch (request.kind) {
    case 'prepare':
      return prepare(request.jobs);
    case 'check-early':
      return checkEarly(request.jobs, request.distDir);
    case 'check':
      return check(request.jobs, request.distDir, request.early);
  }
}
