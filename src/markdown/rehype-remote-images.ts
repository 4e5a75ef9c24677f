/**
 * A page must load nothing from other hosts, so an image hosted elsewhere becomes a link to it,
 * labelled with its alt text (or, lacking one, its address). Runs before sanitising, in the site
 * and in the verifier's reading of the source alike, so both see the same text.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const remote = /^\s*[a-z][a-z\d+.-]*:|^\s*\/\//i;

export default function rehypeRemoteImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return;
      const src = typeof node.properties.src === 'string' ? node.properties.src : '';
      if (!remote.test(src)) return;
      const alt = typeof node.properties.alt === 'string' && node.properties.alt.trim() ? node.properties.alt : src;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: src.trim() },
        children: [{ type: 'text', value: alt }],
      };
      parent.children.splice(index, 1, link as ElementContent);
    });
  };
}
