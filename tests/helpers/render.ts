/** Renders Markdown with the site's own processor, exactly as Astro is configured to. */
import { siteMarkdownProcessor } from '../../src/markdown/pipeline.ts';

import { fileURLToPath } from 'node:url';

const publicDir = fileURLToPath(new URL('../../public', import.meta.url));
const renderer = await siteMarkdownProcessor({ site: 'https://news.example.org', base: '/', publicDir }).createRenderer({
  syntaxHighlight: false,
} as never);

export async function renderMarkdown(markdown: string): Promise<string> {
  return (await renderer.render(markdown)).code;
}
