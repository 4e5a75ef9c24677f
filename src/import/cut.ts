/**
 * An item's own original, cut from a file of many (a feed, a list of wire stories): the file's
 * opening up to its first item, the item, and the file's end after its last item, each exactly as
 * written. The cut is a file of the same format holding this one item, so it reads back, with the
 * same reader, as this article alone; and it holds no other item's words.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Node, ParseError } from 'jsonc-parser';
import { ImportError } from './imported.ts';

const require = createRequire(import.meta.url);

/**
 * The parsers, loaded on first use: the fidelity check loads this module in every thread, for
 * the originals it may meet, and most sites have no feed or wire among them.
 */
const htmlparser2 = () => require('htmlparser2') as typeof import('htmlparser2');
const jsonc = () => require('jsonc-parser') as typeof import('jsonc-parser');

/** Where an item stands in its file's text: `[start, end)`, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** The cut for the item at `span` of `spans` (in the file's order), and the digest of the item's own text. */
export function cutItem(text: string, spans: readonly Span[], span: Span): { cut: string; item: string } {
  const own = text.slice(span.start, span.end);
  const cut = text.slice(0, spans[0]!.start) + own + text.slice(spans.at(-1)!.end);
  return { cut, item: createHash('sha256').update(own).digest('hex') };
}

/**
 * The spans of the XML elements named `names` whose parent is named one of `parents` (a feed's
 * `<item>` in `<channel>` or `<rdf:RDF>`, its `<entry>` in `<feed>`), and the root element's
 * attributes. htmlparser2 in XML mode gives each element's offsets (the feed parser gives none),
 * and says which elements it had to close itself: a feed cut short or with tags astray, which is
 * refused, naming the first such element and its line.
 */
export function xmlSpans(
  text: string,
  names: ReadonlySet<string>,
  parents: ReadonlySet<string>,
  file: string,
): { spans: Span[]; rootAttributes: Record<string, string> } {
  const spans: Span[] = [];
  const stack: Array<{ name: string; start: number; empty: boolean }> = [];
  let open: number | undefined;
  let rootAttributes: Record<string, string> = {};
  let unclosed: { name: string; start: number } | undefined;
  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name, attributes) {
        if (stack.length === 0) rootAttributes = attributes;
        if (open === undefined && names.has(name) && parents.has(stack.at(-1)?.name ?? '')) open = parser.startIndex;
        // `<link href="…"/>`: closed where it opens, which the parser reports as a close it implied.
        stack.push({ name, start: parser.startIndex, empty: text[parser.endIndex - 1] === '/' });
      },
      onclosetag(name, implied) {
        const element = stack.pop();
        if (implied && element && !element.empty) unclosed ??= element;
        if (open !== undefined && names.has(name) && parents.has(stack.at(-1)?.name ?? '')) {
          spans.push({ start: open, end: parser.endIndex + 1 });
          open = undefined;
        }
      },
    },
    { xmlMode: true },
  );
  parser.end(text);
  if (unclosed) {
    const line = text.slice(0, unclosed.start).split('\n').length;
    throw new ImportError(
      `${file}: not a well-formed feed: <${unclosed.name}> at line ${line} is not closed (the feed is cut short, or a tag is astray)`,
    );
  }
  return { spans, rootAttributes };
}

/** A JSON text's tree with offsets (jsonc-parser: `JSON.parse` gives none), refused with the first error. */
export function jsonTree(text: string, file: string): Node {
  const errors: ParseError[] = [];
  const { parseTree, printParseErrorCode } = jsonc();
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const [error] = errors;
  if (error || !tree) {
    const at = error ? text.slice(0, error.offset).split('\n').length : 1;
    throw new ImportError(`${file}: not JSON: ${error ? printParseErrorCode(error.error) : 'empty'} at line ${at}`);
  }
  return tree;
}

/** The spans of an array's elements. */
export const elementSpans = (array: Node): Span[] =>
  (array.children ?? []).map(({ offset, length }) => ({ start: offset, end: offset + length }));

/** The value of an object's property `key`, if it has one. */
export const property = (object: Node, key: string): Node | undefined =>
  object.type === 'object' ? object.children?.find((pair) => pair.children?.[0]?.value === key)?.children?.[1] : undefined;
