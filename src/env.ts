/**
 * The settings a build takes from the environment: where the content is (`CONTENT_DIR`,
 * `SOURCES_DIR`), where the site is deployed (`SITE_URL`, an absolute origin, optional;
 * `BASE_PATH`, a sub-path such as `/news/`, default `/`) and which other search indexes its
 * search page searches too (`SEARCH_MERGE`). Bad values stop the build with a message.
 */
import { resolve } from 'node:path';

export interface Deploy {
  site: string | undefined;
  base: string;
}

/** A path on the site's own origin: no scheme, no other host (`//`), no query, fragment or `..`. */
const isSitePath = (path: string): boolean => !/[?#\\]|^[a-z]+:|\/\//i.test(path) && !path.includes('..');

/** Where the site is deployed. */
export function deployFromEnv(env: Record<string, string | undefined>): Deploy {
  const site = env.SITE_URL?.trim() || undefined;
  if (site !== undefined) {
    if (!URL.canParse(site) || !/^https?:$/.test(new URL(site).protocol)) {
      throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.org (got "${site}")`);
    }
  }
  const rawBase = env.BASE_PATH?.trim() || '/';
  if (!isSitePath(rawBase)) {
    throw new Error(`BASE_PATH must be a path such as /news/ (got "${rawBase}")`);
  }
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site, base };
}

/** The folder of article entries: `CONTENT_DIR` (tests and benchmarks point it elsewhere) or content/articles. */
export function contentDirFromEnv(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.CONTENT_DIR?.trim() || 'content/articles');
}

/** The folder of source profiles: `SOURCES_DIR`, or `sources/` beside the articles' folder (content/sources). */
export function sourcesDirFromEnv(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return env.SOURCES_DIR?.trim() ? resolve(cwd, env.SOURCES_DIR.trim()) : resolve(contentDirFromEnv(env, cwd), '../sources');
}

/**
 * The search indexes of other sites on the same origin that the search page searches beside its
 * own (`SEARCH_MERGE`, comma-separated): an archive built in shards, each with its own
 * `BASE_PATH`, searched as one (`docs/performance.md`). Paths on this origin only, such as
 * `/news/2019/pagefind/`: the search page may fetch from its own origin alone.
 */
export function searchMergeFromEnv(env: Record<string, string | undefined>): string[] {
  const paths = (env.SEARCH_MERGE ?? '')
    .split(',')
    .map((path) => path.trim())
    .filter(Boolean);
  for (const path of paths) {
    if (!path.startsWith('/') || !isSitePath(path)) {
      throw new Error(`SEARCH_MERGE must list paths on this site, such as /news/2019/pagefind/, separated by commas (got "${path}")`);
    }
  }
  return paths.map((path) => (path.endsWith('/') ? path : `${path}/`));
}
