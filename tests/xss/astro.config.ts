/**
 * The site's own configuration without the fidelity check, for the XSS corpus test only: many
 * vectors hide words inside elements the sanitiser removes, which the verifier rightly refuses,
 * and that test needs the pages built to prove that nothing on them runs or loads.
 */
import config from '../../astro.config.ts';

export default {
  ...config,
  integrations: (config.integrations ?? []).filter((integration) => integration && 'name' in integration && integration.name !== 'fidelity-verifier'),
};
