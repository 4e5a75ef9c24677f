/**
 * The wire reader: IPTC ninjs 3.x ("News in JSON", what news agencies deliver), one news object
 * or a list of them in a file. Each object is validated (Ajv) against the part of the ninjs 3.x
 * JSON Schema this reader reads, and refused naming the field that fails. `headlines` gives the
 * title, `bodies` the text (HTML or plain), `by` the byline, `infoSources` (else
 * `copyrightHolder`) the credit, `firstCreated` (else `versionCreated`) the date, `uri` the
 * identity; `version` tells copies apart through the object's digest. The mapping, field by
 * field, is in docs/importing.md.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { toString } from 'mdast-util-to-string';
import { headlineText, markupBody } from '../body.ts';
import type { Cleanup } from '../cleanup.ts';
import { cutItem, elementSpans, jsonTree } from '../cut.ts';
import { ImportError, type ImportedArticle, type OriginalItem, type ReaderOptions } from '../imported.ts';

/** A headline, body or description: a value, with its role and media type. */
const textPart = {
  type: 'object',
  required: ['value'],
  properties: { value: { type: 'string' }, role: { type: 'string' }, contentType: { type: 'string' } },
} as const;

/**
 * The fields of ninjs 3.x (https://www.iptc.org/std/ninjs/) this reader reads, typed as the
 * published schema types them. Other fields are the sender's business and are not checked.
 */
const ninjsSchema = {
  type: 'object',
  required: ['uri'],
  properties: {
    uri: { type: 'string', format: 'uri' },
    version: { type: 'string' },
    type: { enum: ['text', 'audio', 'video', 'picture', 'graphic', 'composite', 'component', 'event', 'planning'] },
    headlines: { type: 'array', items: textPart },
    bodies: {
      type: 'array',
      items: { ...textPart, properties: { ...textPart.properties, charCount: { type: 'integer' }, wordCount: { type: 'integer' } } },
    },
    by: { type: 'string' },
    located: { type: 'string' },
    language: { type: 'string' },
    copyrightHolder: { type: 'string' },
    firstCreated: { type: 'string', format: 'date-time' },
    versionCreated: { type: 'string', format: 'date-time' },
    infoSources: {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string' }, role: { type: 'string' }, uri: { type: 'string', format: 'uri' } } },
    },
  },
} as const;

interface TextPart {
  value: string;
  role?: string;
  contentType?: string;
}

interface Ninjs {
  uri: string;
  version?: string;
  headlines?: TextPart[];
  bodies?: TextPart[];
  by?: string;
  language?: string;
  copyrightHolder?: string;
  firstCreated?: string;
  versionCreated?: string;
  infoSources?: Array<{ name?: string; role?: string }>;
}

const require = createRequire(import.meta.url);
let compiled: ValidateFunction<Ninjs> | undefined;

/**
 * The schema, compiled on first use: Ajv and the compiling cost every verifier thread that loads
 * this module, and most sites have no wire stories. `require`, as for the web-page reader's DOM.
 */
function validator(): ValidateFunction<Ninjs> {
  if (!compiled) {
    const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
    const ajv = new Ajv2020({ allErrors: false, strict: false });
    addFormats(ajv, ['uri', 'date-time']);
    compiled = ajv.compile<Ninjs>(ninjsSchema);
  }
  return compiled;
}

/** `/bodies/0/value must be string` → `bodies[0].value: must be string`. */
const fieldOf = ({ instancePath, message, params }: ErrorObject) => {
  const path = instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
  const missing = (params as { missingProperty?: string }).missingProperty;
  return missing ? `${path ? `${path}.` : ''}${missing}: is required` : `${path || '(the object)'}: ${message ?? 'is not valid'}`;
};

const isHtml = (part: TextPart) => /html/i.test(part.contentType ?? '');
/** The main one (`role: main`, else the first); for bodies, its HTML form over its plain one. */
function mainPart(parts: readonly TextPart[] | undefined, preferHtml: boolean): TextPart | undefined {
  const usable = (parts ?? []).filter((part) => part.value.trim());
  const main = usable.filter((part) => part.role === undefined || part.role === 'main');
  const pool = main.length ? main : usable;
  return (preferHtml ? pool.find(isHtml) : undefined) ?? pool[0];
}

function articleOf(story: Ninjs, label: string, file: string, options: ReaderOptions): ImportedArticle {
  const name =
    options.sourceName ?? story.infoSources?.find((source) => source.name?.trim())?.name?.trim() ?? story.copyrightHolder?.trim();
  if (!name) throw new ImportError(`${file} ${label}: no credit: no infoSources name and no copyrightHolder; give --source-name`);
  const cleanup: Cleanup[] = [];
  const bodyPart = mainPart(story.bodies, true);
  if (!bodyPart) throw new ImportError(`${file} ${label}: no text: bodies holds no body`);
  const body = markupBody(bodyPart.value, isHtml(bodyPart), cleanup);
  if (!toString(body).trim()) throw new ImportError(`${file} ${label}: no text: its body is empty`);
  const headline = mainPart(story.headlines, false);
  const title = headline && headlineText(headline.value, isHtml(headline), cleanup);
  if (!title) throw new ImportError(`${file} ${label}: no headline: headlines holds none`);
  const published = story.firstCreated ?? story.versionCreated;
  const lang = options.lang ?? story.language;
  return {
    title,
    source: { name },
    ...(story.by?.trim() ? { byline: story.by.trim() } : {}),
    ...(published ? { published } : {}),
    ...(lang ? { lang } : {}),
    body,
    cleanup,
  };
}

export function readNinjs(text: string, file: string, options: ReaderOptions = {}): OriginalItem[] {
  const tree = jsonTree(text, file);
  const data = JSON.parse(text) as unknown;
  const list = tree.type === 'array';
  const stories = list ? (data as unknown[]) : [data];
  if (stories.length === 0) throw new ImportError(`${file}: the list holds no news objects`);
  const spans = list ? elementSpans(tree) : [];
  return stories.map((story, i) => {
    const uri = (story as { uri?: unknown } | null)?.uri;
    const label = list ? `item ${i + 1}${typeof uri === 'string' ? ` (${uri})` : ''}` : typeof uri === 'string' ? `(${uri})` : '';
    const validate = validator();
    if (!validate(story)) {
      throw new ImportError(`${file}${label ? ` ${label}` : ''}: not ninjs 3.x: ${fieldOf(validate.errors![0]!)}`);
    }
    const { cut, item } = list
      ? cutItem(text, spans, spans[i]!)
      : cutItem(text, [{ start: 0, end: text.length }], { start: 0, end: text.length });
    return {
      row: i + 1,
      label: list ? label : 'item 1',
      original: cut,
      article: articleOf(story, label || 'item 1', file, options),
      id: story.uri,
      item,
    };
  });
}
