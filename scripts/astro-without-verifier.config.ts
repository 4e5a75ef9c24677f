/**
 * The site's own configuration without the fidelity check. Never for publishing: for the XSS
 * corpus test (many vectors hide words in elements the sanitiser removes, which the verifier
 * rightly refuses, and that test needs the pages built to prove nothing on them runs or loads)
 * and for bench/verify.ts (what the check adds to a build).
 */
import config from '../astro.config.ts';

export default {
  ...config,
  integrations: (config.integrations ?? []).filter((integration) => integration && 'name' in integration && integration.name !== 'fidelity-verifier'),
};
