/** Renders Markdown with the site's own processor, exactly as Astro is configured to. */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { siteMarkdownProcessor } from '../../src/markdown/pipeline.ts';

import { fileURLToPath } from 'node:url';

const publicDir = fileURLToPath(new URL('../../public', import.meta.url));
const renderer = await siteMarkdownProcessor({ site: 'https://news.example.org', base: '/', publicDir }).createRenderer({
  syntaxHighlight: false,
} as never);

export async function renderMarkdown(markdown: string): Promise<string> {
  return (await renderer.render(markdown)).code;
}

/** What a reader sees of rendered Markdown, one entry a block. */
export async function shownParagraphs(markdown: string): Promise<string[]> {
  const tree = fromHtml(await renderMarkdown(markdown), { fragment: true });
  return tree.children.filter((node) => node.type === 'element').map((node) => toText(node));
}
