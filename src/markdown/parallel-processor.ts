/**
 * The site's unified processor, rendering on worker threads. Astro's content layer renders up to
 * ten entries at once but on one thread; here each render goes to a pool of workers running the
 * very same pipeline, so all cores work. The source facts each render captures for the verifier
 * are kept, by file, in `buildSourceFacts`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroMarkdownOptions, MarkdownProcessor, MarkdownRenderer } from '@astrojs/markdown-remark';
import { buildSourceFacts, sourceCapture } from '../verifier/source-facts.ts';
import { siteMarkdownProcessor, type SiteOptions } from './pipeline.ts';
import type { RenderRequest, RenderResponse } from './render-worker.ts';
import { WorkerPool } from './worker-pool.ts';

/** Only plain data crosses to a worker: functions and class instances in Astro's options do not. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? {})) as T;
}

export function parallelMarkdownProcessor(site: Omit<SiteOptions, 'beforeSanitize' | 'last'>, workers?: number): MarkdownProcessor {
  const inline = siteMarkdownProcessor(site);
  return {
    ...inline,
    name: inline.name,
    options: inline.options,
    async createRenderer(shared: AstroMarkdownOptions): Promise<MarkdownRenderer> {
      const pool = new WorkerPool<RenderRequest, RenderResponse>(new URL('./render-worker.ts', import.meta.url), {
        workerData: { site, shared: plain(shared), captureSource: sourceCapture.wanted },
        size: workers,
      });
      return {
        async render(content, options) {
          const fileURL = options?.fileURL?.href;
          const { result, source } = await pool.run({ content, frontmatter: options?.frontmatter ?? {}, fileURL });
          if (fileURL && source) buildSourceFacts.set(fileURLToPath(fileURL), source);
          return result;
        },
      };
    },
  };
}
