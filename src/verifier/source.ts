/**
 * Reads an article's Markdown the way the site does (remark-parse with GFM, raw HTML parsed),
 * stopping before sanitising and typography: what it yields is what the author wrote, so any
 * word the rest of the pipeline drops shows up as lost.
 */
import type { Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeBeforeSanitize, remarkRehypeOptions } from '../markdown/pipeline.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, remarkRehypeOptions)
  .use(rehypeBeforeSanitize);

export async function sourceTree(markdown: string): Promise<Root> {
  const mdast = processor.parse(markdown);
  return (await processor.run(mdast)) as Root;
}
