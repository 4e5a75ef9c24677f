/**
 * A verifier thread for large sites: prepares its share of the articles, keeps them, and checks
 * their pages when asked (see preparation.ts).
 */
import { prepareArticle, summaryOf, verifyPrepared, type ArticleJob, type PreparedArticle, type PreparedSummary, type VerifiedArticle } from './article-job.ts';
import { yieldToOtherThreads } from './priority.ts';

export type VerifyRequest = { kind: 'prepare'; jobs: ArticleJob[] } | { kind: 'check'; jobs: ArticleJob[]; distDir: string };

/** One answer per article: an article that cannot be prepared must not hide the others' answers. */
export type PrepareAnswer = { summary: PreparedSummary } | { error: { name: string; message: string } };

export type VerifyResponse = PrepareAnswer[] | VerifiedArticle[];

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

async function check(jobs: ArticleJob[], distDir: string): Promise<VerifiedArticle[]> {
  const verified: VerifiedArticle[] = [];
  for (const job of jobs) {
    const prepared = held.get(job.path) ?? (await prepareArticle(job));
    held.delete(job.path);
    verified.push(verifyPrepared(prepared, distDir));
  }
  return verified;
}

// During a build this thread prepares articles beside the page generation, which must not wait
// for it: the lowest priority, so that it takes only time no other thread wants.
yieldToOtherThreads();

export default function serve(request: VerifyRequest): Promise<VerifyResponse> {
  return request.kind === 'prepare' ? prepare(request.jobs) : check(request.jobs, request.distDir);
}
