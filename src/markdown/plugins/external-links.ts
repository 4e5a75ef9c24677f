/**
 * Links that leave the site must not hand it a window reference or a referrer. Runs after
 * sanitising, which would otherwise drop the `rel` it adds.
 */
import type { Root } from 'hast';
import { elementsWhere } from '../../text/tree.ts';

export interface ExternalLinksOptions {
  /** The site's own origin; links to it are internal. */
  site?: string | undefined;
}

export default function rehypeExternalLinks(options: ExternalLinksOptions = {}) {
  const own = options.site && URL.canParse(options.site) ? new URL(options.site).origin : undefined;
  return (tree: Root) => {
    for (const node of elementsWhere(tree, (element) => element.tagName === 'a')) {
      if (typeof node.properties.href !== 'string' || !URL.canParse(node.properties.href)) continue;
      const url = new URL(node.properties.href);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      if (url.origin === own) continue;
      node.properties.rel = ['noopener', 'noreferrer'];
    }
  };
}
