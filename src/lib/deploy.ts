/**
 * Where the site is deployed, from the environment: `SITE_URL` (absolute origin, optional) and
 * `BASE_PATH` (a sub-path such as `/news/`, default `/`). Bad values stop the build with a message.
 */
export interface Deploy {
  site: string | undefined;
  base: string;
}

export function deployFromEnv(env: Record<string, string | undefined>): Deploy {
  const site = env.SITE_URL?.trim() || undefined;
  if (site !== undefined) {
    if (!URL.canParse(site) || !/^https?:$/.test(new URL(site).protocol)) {
      throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.org (got "${site}")`);
    }
  }
  const rawBase = env.BASE_PATH?.trim() || '/';
  if (/[?#\\]|^[a-z]+:|\/\//i.test(rawBase) || rawBase.includes('..')) {
    throw new Error(`BASE_PATH must be a path such as /news/ (got "${rawBase}")`);
  }
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site, base };
}

/** Joins the base path and a site-relative path, keeping exactly one slash between them. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
