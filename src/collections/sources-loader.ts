/**
 * The source profiles (`content/sources/*.yaml`), read by Astro's `glob()` loader. A site with no
 * profiles is normal: without the folder the collection is simply empty, with no warning.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';

export function sourcesLoader(base: URL): Loader {
  const inner = glob({ pattern: '*.{yaml,yml}', base });
  return {
    name: 'news-reader-sources',
    load: async (context) => {
      if (!existsSync(fileURLToPath(base))) {
        context.store.clear();
        return;
      }
      await inner.load(context);
    },
  };
}
