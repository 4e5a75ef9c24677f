/** Renders Markdown with the site's own processor, exactly as Astro is configured to. */
import { siteMarkdownProcessor } from '../../src/markdown/pipeline.ts';

const renderer = await siteMarkdownProcessor('https://news.example.org').createRenderer({ syntaxHighlight: false } as never);

export async function renderMarkdown(markdown: string): Promise<string> {
  return (await renderer.render(markdown)).code;
}
