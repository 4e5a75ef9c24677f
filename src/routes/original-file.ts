/**
 * `/originals/<id>/<file>`: an imported article's original, byte for byte, to download and check
 * against the SHA-256 its pages show. A web page's original is offered as text (`<name>.html.txt`),
 * so that it never runs on this site's origin.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articlesInIndexOrder, type ArticleEntry } from '../collections/queries.ts';
import { readOriginalFile } from '../collections/originals.ts';

export const getStaticPaths = (async () =>
  (await articlesInIndexOrder())
    .filter((entry) => entry.data.original)
    .map((entry) => ({ params: { id: entry.id, file: readOriginalFile(entry).download }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ArticleEntry }> = ({ props }) => new Response(Buffer.from(readOriginalFile(props.entry).bytes));
