/**
 * The Content Security Policies. Every page but one: nothing may run (JSON-LD data blocks are
 * not run), nothing may load but the page's own images; styles are inline in the page. The search
 * page alone runs a script: Pagefind's, from the site itself, with its WebAssembly.
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

/** The search page's: the site's own scripts and their WebAssembly, its own stylesheets, its index. */
export const searchContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  // Pagefind's stylesheet draws its search icon as a data: image.
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The header form carries only what a meta tag cannot (`frame-ancestors`) and what every page
 * shares: each page's own policy is in its meta tag, and a header policy would add to it, not
 * replace it (so a full one would also forbid the search page its script).
 */
export const contentSecurityPolicyHeader = ["frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'"].join('; ');
