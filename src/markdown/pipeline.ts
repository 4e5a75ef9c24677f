/**
 * The Markdown pipeline, in one place: the site renders with all of it; the source is read
 * (`source.ts`, and the capture plugins during a render, `capture/plugins.ts`) with everything up to, not including,
 * sanitising, so that whatever sanitising removes shows up as a difference.
 */
import { unified, type RehypePlugin, type RehypePlugins } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { VFile } from 'vfile';
import rehypeSanitize from 'rehype-sanitize';
import rehypeImagePolicy, { type ImagePolicyOptions } from './plugins/image-policy.ts';
import rehypeExternalLinks from './plugins/external-links.ts';
import rehypeTypography from './plugins/typography.ts';
import { walk } from '../text/tree.ts';
import { sanitizeSchema } from './plugins/sanitize-schema.ts';
import { rehypeCaptureReading, rehypeCaptureSource, type CaptureOptions } from './capture/plugins.ts';

/** remark-rehype keeps raw HTML as `raw` nodes; these turn it into elements before anything else. */
export const remarkRehypeOptions = { allowDangerousHtml: true, footnoteLabelTagName: 'h2' } as const;

/**
 * rehype-raw re-parses the whole tree with parse5 even when there is no raw HTML in it, which is
 * most articles; skipping it then changes nothing and spares a large share of each render
 * (`npm run bench:render`).
 */
function rehypeRawWhenNeeded(this: unknown) {
  const raw = rehypeRaw.call(this);
  return (tree: Root, file: VFile) => {
    if (!hasRaw(tree)) return tree;
    file.data.rawHtml = true;
    return raw(tree, file);
  };
}

/**
 * Astro's processor ends every render with rehype-raw, which re-parses the whole tree with parse5.
 * After sanitising there is no raw HTML left; the re-parse only mends what raw HTML broke (a
 * paragraph inside another, left by an unclosed tag), so it is needed only where the article had
 * some: the site runs it then, as its last plugin, and turns Astro's off (unified configures a
 * plugin once however often it is used, and `false` turns it off, so Astro's later
 * `use(rehypeRaw)` finds it off). `tests/unit/markdown/pipeline.test.ts` holds the renders to
 * Astro's own.
 */
function rehypeRawAgainWhenNeeded(this: unknown) {
  const raw = rehypeRaw.call(this);
  return (tree: Root, file: VFile) => (file.data.rawHtml ? raw(tree, file) : tree);
}

declare module 'vfile' {
  interface DataMap {
    /** The article has raw HTML: set by `rehypeRawWhenNeeded`. */
    rawHtml: boolean;
  }
}

function hasRaw(tree: Root): boolean {
  return walk(tree, (node) => (node.type === 'raw' ? 'exit' : undefined));
}

/** Structure fixes that must happen before sanitising, shared with the reading of the source. */
export function rehypeBeforeSanitize(images: ImagePolicyOptions): RehypePlugins {
  return [rehypeRawWhenNeeded as RehypePlugin, [rehypeImagePolicy as RehypePlugin, images]];
}

const rehypeSanitizeStep: RehypePlugins[number] = [rehypeSanitize, sanitizeSchema];

export interface SiteOptions {
  /** The site's origin; links elsewhere are external. */
  site: string | undefined;
  /** The deploy base path, such as `/news/`. */
  base: string;
  /** The site's public folder: the only images a page may show. */
  publicDir: string;
}

export interface PipelineOptions extends SiteOptions {
  /** Capture reading facts (and, if asked, the source) for `takeCaptured`; off by default. */
  capture?: CaptureOptions | undefined;
}

/** Astro's `markdown.processor` for the site. */
export function siteMarkdownProcessor({ site, base, publicDir, capture }: PipelineOptions) {
  return unified({
    gfm: true,
    // Typography runs after sanitising (rehypeTypography): same output, a fraction of the cost.
    smartypants: false,
    remarkRehype: remarkRehypeOptions,
    rehypePlugins: [
      ...rehypeBeforeSanitize({ publicDir, base }),
      ...(capture ? [rehypeCaptureSource as RehypePlugin] : []),
      rehypeSanitizeStep,
      [rehypeExternalLinks as RehypePlugin, { site }],
      rehypeTypography as RehypePlugin,
      ...(capture ? [rehypeCaptureReading as RehypePlugin] : []),
      rehypeRawAgainWhenNeeded as RehypePlugin,
      [rehypeRaw, false],
    ],
  });
}
