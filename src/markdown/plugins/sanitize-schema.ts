/**
 * What article HTML may contain: GitHub's sanitising schema (hast-util-sanitize's default),
 * widened for what news text needs and narrowed so that nothing on the page can run or load.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** Elements article text uses beyond GitHub's list. */
const added = ['cite', 'figure', 'figcaption', 'caption', 'abbr', 'mark', 'small', 'time', 'u'];

/**
 * Dropped from GitHub's list: `picture`/`source` load through `srcset`, which no protocol check
 * covers; `input` is only for task lists, which news does not have.
 */
const removed = new Set(['picture', 'source', 'input']);

/** Attributes allowed on any element that could trigger a request or a form submission. */
const removedGlobalAttributes = new Set(['action', 'method', 'encType', 'acceptCharset', 'accept', 'useMap', 'isMap']);

const globalAttributes = (defaultSchema.attributes?.['*'] ?? []).filter(
  (attribute) => !(typeof attribute === 'string' && removedGlobalAttributes.has(attribute)),
);

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((name) => !removed.has(name)), ...added],
  // Their content is code or styling, never article text: drop it along with the element.
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'],
  attributes: {
    ...Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).filter(([name]) => !removed.has(name))),
    '*': globalAttributes,
    img: ['alt', 'src', 'title', 'width', 'height'],
    time: ['dateTime'],
    abbr: ['title'],
    blockquote: ['cite'],
    q: ['cite'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    // Only images shipped with the site: remote ones are turned into links before this runs.
    src: [],
    cite: ['http', 'https'],
  },
};
