/**
 * The site's own configuration with a part switched off or limited, for tests and benchmarks,
 * never for publishing. Each variable names what it changes:
 * - `VARIANT_VERIFY=off`: no fidelity check (the XSS corpus test, whose vectors hide words in
 *   elements the sanitiser removes, which the verifier rightly refuses; bench/verify.ts).
 * - `VARIANT_BROWSE=off`: no pages to browse by (bench/build.ts measures what they add).
 * - `VARIANT_THREAD_HEAP_MB=N`: render and verifier threads of N MB of old-generation heap (the
 *   thread fault tests run a render thread out of memory).
 */
import config from '../astro.config.ts';
import { contentDirFromEnv } from '../src/env.ts';
import newsReader from '../src/integration/index.ts';

const heap = Number(process.env.VARIANT_THREAD_HEAP_MB) || undefined;

export default {
  ...config,
  integrations: [
    newsReader({
      contentDir: contentDirFromEnv(),
      verify: process.env.VARIANT_VERIFY !== 'off',
      browse: process.env.VARIANT_BROWSE !== 'off',
      threadLimits: heap ? { maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: 4 } : undefined,
    }),
  ],
};
