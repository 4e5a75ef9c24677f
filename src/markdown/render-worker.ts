/**
 * A worker thread rendering Markdown with the site's pipeline, and handing back, from the same
 * parse, the reading facts and (when the verifier runs) what it needs of the source.
 */
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { AstroMarkdownOptions, MarkdownRenderResult } from '@astrojs/markdown-remark';
import { rehypeCaptureReading, takeReadingFacts } from '../lib/reading-facts.ts';
import { rehypeCaptureSource, takeCapturedSource, type SourceFacts } from '../verifier/source-facts.ts';
import { siteMarkdownProcessor, type SiteOptions } from './pipeline.ts';
import { serveRequests } from './worker-pool.ts';

export interface RenderRequest {
  content: string;
  frontmatter: Record<string, unknown>;
  fileURL?: string | undefined;
}

export interface RenderResponse {
  result: MarkdownRenderResult;
  source?: SourceFacts | undefined;
}

const { site, shared, captureSource } = workerData as { site: Omit<SiteOptions, 'beforeSanitize' | 'last'>; shared: AstroMarkdownOptions; captureSource: boolean };
const renderer = await siteMarkdownProcessor({ ...site, beforeSanitize: captureSource ? rehypeCaptureSource : undefined, last: rehypeCaptureReading }).createRenderer(shared);

await serveRequests<RenderRequest, RenderResponse>(parentPort, async ({ content, frontmatter, fileURL }) => {
  const url = fileURL ? new URL(fileURL) : undefined;
  const result = await renderer.render(content, { frontmatter, ...(url ? { fileURL: url } : {}) });
  if (!url) return { result };
  const path = fileURLToPath(url);
  // Reading facts travel with the rendered entry (Astro keeps its metadata in the content store).
  const reading = takeReadingFacts(path);
  return { result: { ...result, metadata: { ...result.metadata, reading } }, source: takeCapturedSource(path) };
});
