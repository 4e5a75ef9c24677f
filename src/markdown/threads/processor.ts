/**
 * The site's unified processor, rendering on worker threads. Astro's content layer renders up to
 * ten entries at once but on one thread; here each render goes to a pool of threads running the
 * very same pipeline, so all cores work. Each render also hands back what it captured
 * (`../capture/`): the reading facts travel in the entry's metadata, and the source's facts, when
 * the caller wants them, go to `onSource`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroMarkdownOptions, MarkdownProcessor, MarkdownRenderer } from '@astrojs/markdown-remark';
import type { ResourceLimits } from 'node:worker_threads';
import type { SourceFacts } from '../../text/source-facts.ts';
import { threadFailure, ThreadPool, threadStopped } from '../../workers.ts';
import { siteMarkdownProcessor, type SiteOptions } from '../pipeline.ts';
import type { RenderRequest, RenderResponse, RenderWorkerData } from './render-worker.ts';

export interface ParallelOptions extends SiteOptions {
  /** Receives each rendered file's source facts; without it, renders do not capture them. */
  onSource?: ((path: string, facts: SourceFacts) => void) | undefined;
  /** Render threads; default one per core. */
  threads?: number | undefined;
  /** V8 heap limits of each render thread. */
  resourceLimits?: ResourceLimits | undefined;
}

/** Only plain data crosses to a worker: functions and class instances in Astro's options do not. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? {})) as T;
}

export function parallelMarkdownProcessor({ onSource, threads, resourceLimits, ...site }: ParallelOptions): MarkdownProcessor {
  const inline = siteMarkdownProcessor(site);
  return {
    ...inline,
    async createRenderer(shared: AstroMarkdownOptions): Promise<MarkdownRenderer> {
      const workerData: RenderWorkerData = { site, shared: plain(shared), captureSource: onSource !== undefined };
      // Astro's content layer renders ten entries at a time; a few queued on each thread keep it
      // busy while the main thread (parsing and storing entries) gets round to handing out more.
      const pool = new ThreadPool<RenderRequest, RenderResponse>(new URL('./render-worker.ts', import.meta.url), {
        workerData,
        threads,
        resourceLimits,
        tasksPerThread: 4,
      });
      // A thread that stops takes the renders queued on it along: each is tried once more, on a
      // fresh thread, so that only the article that stops it again is blamed.
      const run = (request: RenderRequest) =>
        pool.run(request).catch((error: unknown) => (threadStopped(error) ? pool.run(request) : Promise.reject(error)));
      return {
        async render(content, options) {
          const fileURL = options?.fileURL?.href;
          const request: RenderRequest = { content, frontmatter: options?.frontmatter ?? {}, fileURL };
          let response: RenderResponse;
          try {
            response = await run(request);
          } catch (error) {
            const file = fileURL ? fileURLToPath(fileURL) : 'an inline Markdown string';
            throw new Error(`${file}: could not render the Markdown: ${threadFailure(error)}`, { cause: error });
          }
          if (fileURL && response.source) onSource?.(fileURLToPath(fileURL), response.source);
          return response.result;
        },
      };
    },
  };
}
