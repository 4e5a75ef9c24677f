/**
 * A page loads nothing but what the site itself ships. An image stays an image only when it is a
 * file of the site's `public/` folder, named from the site root (`/images/map.png`); its address
 * then gets the deploy base path. An image elsewhere on the web becomes a link to it labelled with
 * its alt text; any other image (a missing file, a relative or `data:` address) is replaced by its
 * alt text. Runs before sanitising, in the site and in the verifier's reading of the source alike,
 * so both see the same words.
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { walk } from '../../text/tree.ts';

export interface ImagePolicyOptions {
  /** The site's public folder; without it no image is kept. */
  publicDir?: string | undefined;
  /** The deploy base path, such as `/news/`. */
  base?: string | undefined;
}

const web = /^\s*(?:https?:)?\/\//i;

/** The public file a site-root path names, if there is one (never outside the folder). */
function publicFile(publicDir: string, src: string): string | undefined {
  if (!src.startsWith('/') || src.startsWith('//')) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(src.split(/[?#]/)[0] ?? '');
  } catch {
    return undefined;
  }
  const file = normalize(join(publicDir, path));
  if (!file.startsWith(normalize(publicDir + sep))) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export default function rehypeImagePolicy(options: ImagePolicyOptions = {}) {
  const base = (options.base ?? '/').replace(/\/+$/, '');
  return (tree: Root) => {
    const images: Array<{ node: Element; parent: Root | Element }> = [];
    walk(tree, (node, parent) => {
      if (node.type === 'element' && node.tagName === 'img') images.push({ node, parent });
    });
    for (const { node, parent } of images) {
      const src = typeof node.properties.src === 'string' ? node.properties.src.trim() : '';
      const alt = typeof node.properties.alt === 'string' ? node.properties.alt.trim() : '';
      if (options.publicDir && publicFile(options.publicDir, src)) {
        node.properties.src = `${base}${src}`;
        continue;
      }
      let replacement: ElementContent[];
      if (web.test(src)) {
        const href = src.startsWith('//') ? `https:${src}` : src;
        const link: Element = { type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: alt || href }] };
        replacement = [link];
      } else {
        replacement = alt ? [{ type: 'text', value: alt }] : [];
      }
      parent.children.splice(parent.children.indexOf(node), 1, ...replacement);
    }
  };
}
