/**
 * The Content Security Policy of every page: nothing may run (JSON-LD data blocks are not run),
 * nothing may load but the page's own images; styles are inline in the page.
 */
const directives = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self'",
  // No script can run to use it; it lets tools such as Lighthouse fetch /robots.txt from the page.
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const contentSecurityPolicy = directives.join('; ');

/** The header form adds what a meta tag cannot carry. */
export const contentSecurityPolicyHeader = [...directives, "frame-ancestors 'none'"].join('; ');
