/**
 * `/originals/<id>/<file>`: each of an imported article's originals (the newest and every earlier
 * copy), byte for byte, to download and check against the SHA-256 its pages show. A web page's
 * original is offered as text (`<name>.html.txt`), so that it never runs on this site's origin.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { originalCopies } from '../collections/originals.ts';
import { articlesInIndexOrder, pageKey } from '../collections/queries.ts';

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      (await articlesInIndexOrder()).map(async (entry) =>
        (await originalCopies(entry)).map(({ download, bytes }) => ({
          params: { id: entry.id, file: download },
          props: { bytes },
          cacheKey: pageKey(entry),
        })),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute<{ bytes: Uint8Array }> = ({ props }) => new Response(Buffer.from(props.bytes));
