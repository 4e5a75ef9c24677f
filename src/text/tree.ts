/**
 * Walking a hast tree in document order, by plain recursion. unist-util-visit makes a closure and
 * a list of ancestors for every node it passes, many times the cost of the walk itself
 * (`npm run bench:render`), and a render walks each tree half a dozen times, every article of a
 * build.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** What `enter` may answer: go on (nothing), leave this element's children out, or stop the walk. */
export type Step = undefined | 'skip' | 'exit';

/**
 * Calls `enter` on every node under `node` (not `node` itself), parents before their children.
 * Returns whether a call stopped the walk. `enter` may change a node's properties or value, not
 * the children of the nodes being walked.
 */
export function walk(node: Root | Element, enter: (child: RootContent | ElementContent, parent: Root | Element) => Step | void): boolean {
  for (const child of node.children as Array<RootContent | ElementContent>) {
    const step = enter(child, node);
    if (step === 'exit') return true;
    if (step !== 'skip' && child.type === 'element' && walk(child, enter)) return true;
  }
  return false;
}

/** Every element under `node` that passes `test`, in document order (those inside a passing one too). */
export function elementsWhere(node: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  walk(node, (child) => {
    if (child.type === 'element' && test(child)) found.push(child);
  });
  return found;
}

/** The first element under `node` that passes `test`, in document order. */
export function firstElementWhere(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  walk(node, (child) => {
    if (child.type !== 'element' || !test(child)) return undefined;
    found = child;
    return 'exit';
  });
  return found;
}
