/**
 * The fidelity verifier: proves that each page says what its source said.
 * - `check/`: pure. Finds quotations and attributions in a source, reads a page by the page
 *   contract, compares, formats the report. No files, no threads, no Markdown parser.
 * - `run/`: everything around it. Lists a site's articles, reads their files (frontmatter through
 *   the article schema, the source through the Markdown pipeline when the build did not hand it
 *   over), prepares them on threads while pages render, keeps a cache between builds, and offers
 *   the command line. The Astro integration that runs it in a build is `src/integration/fidelity.ts`.
 */
export type { ArticleInput, ArticleReport, CheckName, Failure, SiteReport } from './check/report.ts';
export { formatReport } from './check/format.ts';
export { runVerifyCli } from './run/cli.ts';
export { InputError } from './run/article-job.ts';
export { verifySite, type SiteRun, type VerifyOptions } from './run/site.ts';
