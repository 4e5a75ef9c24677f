/**
 * The site's own configuration without the pages to browse by (sources, topics, archive, search,
 * feeds). Never for publishing: for bench/build.ts, which measures what they add to a build.
 */
import newsReader from '../src/integration.ts';
import { contentDirFromEnv } from '../src/lib/content-dir.ts';
import config from '../astro.config.ts';

export default {
  ...config,
  integrations: [newsReader({ contentDir: contentDirFromEnv(), browse: false })],
};
