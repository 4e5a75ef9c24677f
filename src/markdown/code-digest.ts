/**
 * A digest of the code that turns Markdown into what a build keeps. Astro re-renders an entry
 * when the entry or the site's configuration changes, not when the code of a Markdown plugin
 * does, and the verifier keeps the source facts it read between builds: both are renewed when
 * this digest changes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/** Folders whose code decides what a render yields: the pipeline, the pure text code, the helpers and schema it calls. */
export const pipelineFolders: readonly URL[] = ['./', '../text/', '../lib/', '../schema/'].map((dir) => new URL(dir, import.meta.url));

/** The digest of every `.ts` file directly in `folders`, by name and content. */
export function codeDigest(folders: readonly URL[] = pipelineFolders): string {
  const hash = createHash('sha1');
  for (const folder of folders) {
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts')).sort()) {
      hash.update(name).update(readFileSync(new URL(name, folder)));
    }
  }
  return hash.digest('hex');
}
