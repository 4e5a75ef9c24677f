/**
 * A render thread: renders Markdown with the site's pipeline and hands back, from the same parse,
 * what the render captured (`capture.ts`).
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
  // is written with devalue, which walks every object and array, on the build's main thread; the
  // facts' ~20 objects an article cost it ~0.4 s for 10,000 articles, as one string ~0.1 s
  // (devalue alone on 10,000 such entries).
  const metadata: MarkdownRenderResult['metadata'] = { ...result.metadata, ...{ reading, cited: cited && JSON.stringify(cited) } };
  return { result: { ...result, metadata }, source: captureSource ? source : undefined };
}
