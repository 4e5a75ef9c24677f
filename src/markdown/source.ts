/**
 * Reads an article's Markdown the way the site does (remark-parse with GFM, raw HTML parsed),
 * stopping before sanitising and typography: what it yields is what the author wrote, so any
 * word the rest of the pipeline drops shows up as lost. For when no render handed the source
 * over (the verifier run on its own, or an article the build did not render).
 */
import type { Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { sourceFactsOf, type SourceFacts } from '../text/source-facts.ts';
import { rehypeBeforeSanitize, remarkRehypeOptions } from './pipeline.ts';

const processors = new Map<string, ReturnType<typeof createProcessor>>();

function createProcessor(publicDir: string | undefined) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, remarkRehypeOptions)
    .use(rehypeBeforeSanitize({ publicDir }) as PluggableList);
}

/** `publicDir` must be the site's own, so that images are read as the site reads them. */
export async function sourceTree(markdown: string, publicDir?: string): Promise<Root> {
  const key = publicDir ?? '';
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = createProcessor(publicDir)));
  return await processor.run(processor.parse(markdown));
}

/** The source facts of a Markdown body, as a render would capture them. */
export async function readSourceFacts(markdown: string, lang: string, publicDir?: string): Promise<SourceFacts> {
  return sourceFactsOf(await sourceTree(markdown, publicDir), lang, markdown);
}
