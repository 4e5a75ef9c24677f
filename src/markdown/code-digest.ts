/**
 * A digest of the code that turns Markdown into what a build keeps. Astro re-renders an entry
 * when the entry or the site's configuration changes, not when the code of a Markdown plugin
 * does, and the verifier keeps the source facts it read between builds: both are renewed when
 * this digest changes. It covers exactly the modules a render runs, found by following their
 * imports, so editing a page, the search integration or the verifier renders nothing again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where renders start: the render thread, the processor that feeds it, and the source reader. */
export const renderEntries: readonly URL[] = ['./threads/render-worker.ts', './threads/processor.ts', './source.ts'].map(
  (path) => new URL(path, import.meta.url),
);

const relativeImport = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** `entries` and every module they import by a relative path, transitively, sorted. */
export function localModules(entries: readonly URL[]): URL[] {
  const found = new Map<string, URL>();
  const pending = [...entries];
  for (let module = pending.pop(); module; module = pending.pop()) {
    if (found.has(module.href)) continue;
    found.set(module.href, module);
    for (const [, path] of readFileSync(module, 'utf8').matchAll(relativeImport)) pending.push(new URL(path!, module));
  }
  return [...found.values()].sort((a, b) => (a.href < b.href ? -1 : 1));
}

const src = fileURLToPath(new URL('../', import.meta.url));

/** The digest of every module a render runs, by path (relative to `src/`) and content. */
export function codeDigest(entries: readonly URL[] = renderEntries): string {
  const hash = createHash('sha1');
  for (const module of localModules(entries)) hash.update(relative(src, fileURLToPath(module))).update(readFileSync(module));
  return hash.digest('hex');
}
