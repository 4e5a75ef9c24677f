/**
 * Runs the verifier when `astro build` is done, writes `fidelity.json` beside the pages, and
 * fails the build, naming every failure, when a page lost an attribution, a quote or a word.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatReport } from './format.ts';
import { buildSourceFacts } from './source-facts.ts';
import { verifySite } from './verify-site.ts';

export default function fidelity(options: { contentDir: string }): AstroIntegration {
  let publicDir: string | undefined;
  return {
    name: 'fidelity-verifier',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const shared = buildSourceFacts.size;
        const report = await verifySite({ contentDir: options.contentDir, distDir, publicDir, facts: buildSourceFacts });
        buildSourceFacts.clear();
        await writeFile(new URL('fidelity.json', dir), `${JSON.stringify(report, null, 2)}\n`);
        const text = formatReport(report, { quiet: true });
        if (!report.ok) {
          throw new Error(`Fidelity check failed: a page does not say what its source said.\n${text}`);
        }
        logger.info(text);
        logger.info(`${shared} of ${report.totals.articles} sources read from the build's own parse; the rest, unchanged since the last build, read again`);
      },
    },
  };
}
