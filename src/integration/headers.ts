/**
 * Writes `_headers` (read by Netlify, Cloudflare Pages and others) with the pages' security
 * policy plus what a meta tag cannot carry: `frame-ancestors`, and no MIME sniffing.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicyHeader } from '../view/security.ts';

export function headersFile(base: string): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${contentSecurityPolicyHeader}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '',
  ].join('\n');
}

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
