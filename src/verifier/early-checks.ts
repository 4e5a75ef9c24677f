/**
 * Checks pages while the build is still writing them. Astro renders pages on one thread, so a
 * core is free meanwhile; each page is checked as soon as its file exists, and its report is
 * kept with the file's size and time. At the end only pages that were not checked, or that
 * changed after their check (a file read half-written, say), are checked again.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { articleIdFromPath } from '../lib/article-id.ts';
import type { SourceAnalysis } from './verify-article.ts';
import type { VerifyPool } from './verify-pool.ts';
import { articleJob, listArticleFiles, mapLimited, pagePathFor, type EarlyReport, type VerifyOptions } from './verify-site.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class EarlyChecks {
  readonly #results = new Map<string, EarlyReport>();
  readonly #done: Promise<void>;
  #stopped = false;

  constructor(options: VerifyOptions & { pool: VerifyPool }, analyses: ReadonlyMap<string, Promise<SourceAnalysis>>) {
    this.#done = this.#run(options, analyses).catch(() => undefined);
  }

  async #run(options: VerifyOptions & { pool: VerifyPool }, analyses: ReadonlyMap<string, Promise<SourceAnalysis>>): Promise<void> {
    const files = await listArticleFiles(options.contentDir);
    let pending = files.filter((file) => analyses.has(join(options.contentDir, file)));
    while (!this.#stopped && pending.length > 0) {
      const ready: string[] = [];
      const later: string[] = [];
      for (const file of pending) (existsSync(join(options.distDir, pagePathFor(articleIdFromPath(file)))) ? ready : later).push(file);
      pending = later;
      await mapLimited(ready, 4, async (file) => {
        if (this.#stopped) return;
        const path = join(options.contentDir, file);
        const job = await articleJob(options, file, await analyses.get(path));
        const before = await stat(job.pageFile);
        const report = await options.pool.check(job.input, job.pageFile, job.pagePath, job.source);
        const after = await stat(job.pageFile);
        if (report && before.size === after.size && before.mtimeMs === after.mtimeMs) {
          this.#results.set(path, { report, size: after.size, mtimeMs: after.mtimeMs });
        }
      });
      if (ready.length === 0) await sleep(100);
    }
  }

  /** Stops checking and hands over what was checked. */
  async stop(): Promise<ReadonlyMap<string, EarlyReport>> {
    this.#stopped = true;
    await this.#done;
    return this.#results;
  }
}
