/**
 * A render thread: renders Markdown with the site's pipeline and hands back, from the same parse,
 * what the render captured (`../capture/`).
 */
import { fileURLToPath } from 'node:url';
import type { AstroMarkdownOptions, MarkdownRenderResult } from '@astrojs/markdown-remark';
import { workerData } from 'piscina';
import type { SourceFacts } from '../../text/source-facts.ts';
import { takeCaptured } from '../capture/store.ts';
import { siteMarkdownProcessor, type SiteOptions } from '../pipeline.ts';

export interface RenderWorkerData {
  site: SiteOptions;
  shared: AstroMarkdownOptions;
  captureSource: boolean;
}

export interface RenderRequest {
  content: string;
  frontmatter: Record<string, unknown>;
  fileURL?: string | undefined;
}

export interface RenderResponse {
  result: MarkdownRenderResult;
  source?: SourceFacts | undefined;
}

const { site, shared, captureSource } = workerData as RenderWorkerData;
const renderer = await siteMarkdownProcessor({ ...site, capture: { source: captureSource } }).createRenderer(shared);

export default async function render({ content, frontmatter, fileURL }: RenderRequest): Promise<RenderResponse> {
  const url = fileURL ? new URL(fileURL) : undefined;
  const result = await renderer.render(content, { frontmatter, ...(url ? { fileURL: url } : {}) });
  if (!url) return { result };
  const { reading, cited, source } = takeCaptured(fileURLToPath(url));
  // Reading and citation facts travel with the rendered entry (Astro keeps its metadata in the
  // content store). The citation facts go as one JSON string (`citedFacts` reads them): the store
  // is written with devalue, which walks every object and array, on the build's main thread, the
  // one page generation waits on; one string is a fraction of the work of the facts' objects.
  const metadata: MarkdownRenderResult['metadata'] = { ...result.metadata, ...{ reading, cited: cited && JSON.stringify(cited) } };
  return { result: { ...result, metadata }, source: captureSource ? source : undefined };
}
