/**
 * A static file server on loopback, serving a built site under a base path the way a static
 * host does (directory index, 404.html for what is missing).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileFor } from './site.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  // The search page's: Pagefind loads its module and its WebAssembly by type, as browsers demand.
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/** `mounts`: other built sites served on the same origin, each under its own base path (shards of one archive). */
export async function serve(dist: string, base = '/', mounts: ReadonlyArray<{ dist: string; base: string }> = []): Promise<Served> {
  // The longest base a path starts with serves it: /news/2019/… from its shard, the rest from the site.
  const sites = [...mounts, { dist, base }].sort((a, b) => b.base.length - a.base.length);
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const site = sites.find((candidate) => path.startsWith(candidate.base));
    const file = site && fileFor(site.dist, site.base, path);
    if (!file) {
      const notFound = await readFile(`${dist}/404.html`).catch(() => Buffer.from('not found'));
      response.writeHead(404, { 'content-type': types['.html']! }).end(notFound);
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  };
  // A file that cannot be read answers 500, rather than leaving the request hanging.
  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
