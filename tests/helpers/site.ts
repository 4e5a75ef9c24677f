/** Reading a built site: its pages, and every internal link or asset in them. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export function htmlPages(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();
}

/** Every href/src on a page, with the element it is on. */
export function urlsOn(html: string): Array<{ tag: string; url: string }> {
  const urls: Array<{ tag: string; url: string }> = [];
  visit(fromHtml(html), 'element', (node) => {
    for (const name of ['href', 'src'] as const) {
      const value = node.properties[name];
      if (typeof value === 'string') urls.push({ tag: node.tagName, url: value });
    }
  });
  return urls;
}

/** The file a static host would serve for a site path, or undefined. */
export function fileFor(dist: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const rest = decodeURIComponent(path.slice(base.length).split(/[?#]/)[0] ?? '');
  const candidate = join(dist, rest);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

export function read(dist: string, file: string): string {
  return readFileSync(join(dist, file), 'utf8');
}
