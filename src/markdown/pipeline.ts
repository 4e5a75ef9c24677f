/**
 * The Markdown pipeline, in one place: the site renders with all of it, the verifier reads the
 * source with everything up to (not including) sanitising, so that whatever sanitising removes
 * shows up as a difference.
 */
import { unified, type RehypePlugin, type RehypePlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeRemoteImages from './rehype-remote-images.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/** remark-rehype keeps raw HTML as `raw` nodes; these turn it into elements before anything else. */
export const remarkRehypeOptions = { allowDangerousHtml: true, footnoteLabelTagName: 'h2' } as const;

/** Structure fixes that change no words and must happen before sanitising. */
export const rehypeBeforeSanitize: RehypePlugin[] = [rehypeRaw, rehypeRemoteImages];

const rehypeSanitizeStep: RehypePlugins[number] = [rehypeSanitize, sanitizeSchema];
/** Curly quotes, dashes and ellipses; `--` en dash and `---` em dash, as the verifier expects. */
const smartypantsOptions = { dashes: 'oldschool' } as const;

/** Astro's `markdown.processor` for the site; `site` tells internal links from external ones. */
export function siteMarkdownProcessor(site: string | undefined) {
  return unified({
    gfm: true,
    smartypants: smartypantsOptions,
    remarkRehype: remarkRehypeOptions,
    rehypePlugins: [...rehypeBeforeSanitize, rehypeSanitizeStep, [rehypeExternalLinks as RehypePlugin, { site }]],
  });
}
