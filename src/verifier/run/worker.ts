/**
 * A verifier thread for large sites: prepares its share of the articles, keeps them, checks their
 * pages as soon as the build has written them, and at the end makes sure each page is still the
 * one checked (see site-check.ts).
 */
import {
  prepareArticle,
  readPageFile,
  reusableCheck,
  reusedCheck,
  reusedSummary,
  summaryOf,
  checkArticlePage,
  checkOriginalPages,
  withFailures,
  type ArticleJob,
  type CheckedArticle,
  type PreparedArticle,
  type PreparedSummary,
  type VerifiedArticle,
} from './article-job.ts';
import type { Failure } from '../check/report.ts';
import type { ReadDigests } from './file-reads.ts';
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
 * the final check of the original's pages found; `reads`, every file the check read.
 */
export type FinalCheck = VerifiedArticle | { unchanged: Failure[]; reads: ReadDigests };

export type VerifyResponse = PrepareAnswer[] | EarlyCheck[] | FinalCheck[];

/**
 * What this thread holds of each of its articles: the article prepared, or an earlier build's
 * check whose source files read the same, with the job to prepare it from should its built files
 * not.
 */
const held = new Map<string, PreparedArticle | { checked: CheckedArticle; job: ArticleJob }>();

async function prepare(jobs: ArticleJob[]): Promise<PrepareAnswer[]> {
  const answers: PrepareAnswer[] = [];
  for (const job of jobs) {
    try {
      const checked = reusableCheck(job);
      if (checked) {
        held.set(job.path, { checked, job });
        answers.push({ summary: reusedSummary(checked, job) });
        continue;
      }
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

/**
 * The article prepared; or `reused`, the earlier build's check, when every file it read reads the
 * same (`pageOnly`: its page, the others left to the final check).
 */
async function preparedFor(job: ArticleJob, distDir: string, pageOnly = false): Promise<PreparedArticle | { reused: VerifiedArticle }> {
  const kept = held.get(job.path);
  if (kept && 'checked' in kept) {
    const reused = reusedCheck(kept.checked, distDir, pageOnly);
    if (reused) return { reused };
  }
  if (kept && !('checked' in kept)) return kept;
  // Not prepared yet, or a built file reads otherwise than the earlier check's: prepared now, from the whole job.
  const prepared = await prepareArticle(kept?.job ?? job);
  held.set(job.path, prepared);
  return prepared;
}

async function checkEarly(jobs: ArticleJob[], distDir: string): Promise<EarlyCheck[]> {
  const checked: EarlyCheck[] = [];
  for (const job of jobs) {
    const prepared = await preparedFor(job, distDir, true);
    if ('reused' in prepared) {
      const { reused } = prepared;
      checked.push({ ...reused, digest: reused.reads!.site[reused.report.page]! });
      continue;
    }
    const html = readPageFile(prepared, distDir);
    checked.push(html === undefined ? undefined : { ...checkArticlePage(prepared, html), digest: prepared.reads.site[prepared.pagePath]! });
  }
  return checked;
}

async function check(jobs: ArticleJob[], distDir: string, early: Array<string | undefined> = []): Promise<FinalCheck[]> {
  const verified: FinalCheck[] = [];
  for (const [k, job] of jobs.entries()) {
    const prepared = await preparedFor(job, distDir);
    held.delete(job.path);
    if ('reused' in prepared) {
      verified.push(prepared.reused);
      continue;
    }
    const html = readPageFile(prepared, distDir);
    // A page changed after it was generated (by another integration, say) is checked again as written.
    const unchanged = early[k] !== undefined && html !== undefined && prepared.reads.site[prepared.pagePath] === early[k];
    const originalFailures = checkOriginalPages(prepared, distDir);
    const { reads } = prepared;
    verified.push(
      unchanged ? { unchanged: originalFailures, reads } : { ...withFailures(checkArticlePage(prepared, html), originalFailures), reads },
    );
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
