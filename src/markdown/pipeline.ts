/**
 * The Markdown pipeline, in one place: the site renders with all of it, the verifier reads the
 * source with everything up to (not including) sanitising, so that whatever sanitising removes
 * shows up as a difference.
 */
import { unified, type RehypePlugin, type RehypePlugins } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import rehypeSanitize from 'rehype-sanitize';
import rehypeImagePolicy, { type ImagePolicyOptions } from './rehype-image-policy.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeTypography from './rehype-typography.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/** remark-rehype keeps raw HTML as `raw` nodes; these turn it into elements before anything else. */
export const remarkRehypeOptions = { allowDangerousHtml: true, footnoteLabelTagName: 'h2' } as const;

/**
 * rehype-raw re-parses the whole tree with parse5 even when there is no raw HTML in it, which is
 * most articles; skipping it then changes nothing and saves a third of the rendering.
 */
function rehypeRawWhenNeeded(this: unknown) {
  const raw = (rehypeRaw as (this: unknown) => (tree: Root, file: VFile) => Root).call(this);
  return (tree: Root, file: VFile) => (hasRaw(tree) ? raw(tree, file) : tree);
}

function hasRaw(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

/** Structure fixes that must happen before sanitising, shared with the verifier's reading. */
export function rehypeBeforeSanitize(images: ImagePolicyOptions): RehypePlugins {
  return [rehypeRawWhenNeeded as RehypePlugin, [rehypeImagePolicy as RehypePlugin, images]];
}

const rehypeSanitizeStep: RehypePlugins[number] = [rehypeSanitize, sanitizeSchema];

export interface SiteOptions {
  /** The site's origin; links elsewhere are external. */
  site: string | undefined;
  base: string;
  publicDir: string;
  /** Runs on the tree just before sanitising (the verifier reads the source there). */
  beforeSanitize?: RehypePlugin | undefined;
  /** Runs last, on the tree as published. */
  last?: RehypePlugin | undefined;
}

/** Astro's `markdown.processor` for the site. */
export function siteMarkdownProcessor({ site, base, publicDir, beforeSanitize, last }: SiteOptions) {
  return unified({
    gfm: true,
    // Typography runs after sanitising (rehypeTypography): same output, a fraction of the cost.
    smartypants: false,
    remarkRehype: remarkRehypeOptions,
    rehypePlugins: [
      ...rehypeBeforeSanitize({ publicDir, base }),
      ...(beforeSanitize ? [beforeSanitize] : []),
      rehypeSanitizeStep,
      [rehypeExternalLinks as RehypePlugin, { site }],
      rehypeTypography as RehypePlugin,
      ...(last ? [last] : []),
    ],
  });
}
