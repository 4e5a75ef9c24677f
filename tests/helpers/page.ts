/** A minimal article page that honours the page contract (`pageMarkers`), for checks without a build. */
import { pageMarkers } from '../../src/consts.ts';

export function articlePage(body: string, { credit = 'Source: Wire', head = '' }: { credit?: string; head?: string } = {}): string {
  return (
    `<!doctype html><html><head>${head}</head><body><article ${pageMarkers.article}="a"><header><h1>A</h1>` +
    `<p ${pageMarkers.credit}>${credit}</p></header><div ${pageMarkers.body}>${body}</div></article></body></html>`
  );
}
