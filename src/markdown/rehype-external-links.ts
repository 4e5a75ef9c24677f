/**
 * Links that leave the site must not hand it a window reference or a referrer. Runs after
 * sanitising, which would otherwise drop the `rel` it adds.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface ExternalLinksOptions {
  /** The site's own origin; links to it are internal. */
  site?: string | undefined;
}

export default function rehypeExternalLinks(options: ExternalLinksOptions = {}) {
  const own = options.site && URL.canParse(options.site) ? new URL(options.site).origin : undefined;
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      if (!URL.canParse(node.properties.href)) return;
      const url = new URL(node.properties.href);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
      if (url.origin === own) return;
      node.properties.rel = ['noopener', 'noreferrer'];
    });
  };
}
