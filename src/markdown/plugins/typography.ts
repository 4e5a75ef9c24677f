/**
 * Typographic punctuation: curly quotes and apostrophes, `--` en dash, `---` em dash, `...`
 * ellipsis. The same rules as retext-smartypants (which `remark-smartypants` runs), applied to
 * the text itself instead of through a full natural-language parse, which cost more than the
 * rest of a render (`npm run bench:render`). Quotes are decided on the text of the whole document, so a quotation opened before a
 * link or emphasis and closed after it pairs up; each block starts fresh. Code is left alone.
 *
 * One rule differs from smartypants on purpose: typography changes only the shape of marks,
 * never their count. Smartypants turns `....` (a sentence's full stop and an ellipsis) into one
 * `…`, deleting a full stop, and `. . .` into `…`, deleting the spaces; here `....` becomes `.…`
 * and spaced dots stay as written.
 */
import type { Element, Root, Text } from 'hast';
import { walk } from '../../text/tree.ts';

const untouched = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea', 'var']);
const blocks = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'li', 'dt', 'dd', 'figcaption', 'caption', 'blockquote']);

type Kind = 'word' | 'space' | 'punct' | undefined;

const wordChar = /[\p{L}\p{N}\p{M}]/u;

function kind(ch: string | undefined): Kind {
  if (ch === undefined) return undefined;
  if (wordChar.test(ch)) return 'word';
  if (/\s/.test(ch)) return 'space';
  return 'punct';
}

/** The word starting at `at`, hyphenated parts included, as the natural-language parser sees it. */
function wordAt(text: string, at: number): string {
  return /^[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*/u.exec(text.slice(at, at + 64))?.[0] ?? '';
}

/** Curls every straight quote of `text`, following retext-smartypants' rules, same length out. */
export function curlQuotes(text: string): string {
  const out = text.split('');
  for (let i = 0; i < text.length; i++) {
    const q = text[i];
    if (q !== '"' && q !== "'") continue;
    const [open, close] = q === '"' ? ['\u201C', '\u201D'] : ['\u2018', '\u2019'];
    const previous = kind(text[i - 1]);
    const next = kind(text[i + 1]);
    const nextNext = kind(text[i + 2]);
    const nextWord = next === 'word' ? wordAt(text, i + 1) : (text[i + 1] ?? '');
    if (next === 'punct' && nextNext !== 'word' && !(text[i + 1] === '"' || text[i + 1] === "'")) {
      // A quote followed by punctuation at a non-word-break closes.
      out[i] = close;
    } else if ((text[i + 1] === '"' || text[i + 1] === "'") && nextNext === 'word') {
      // Double sets of quotes: He said, "'Quoted' words in a larger quote."
      out[i] = open;
      out[i + 1] = text[i + 1] === '"' ? '\u201C' : '\u2018';
      i++;
    } else if (/^\d\ds$/.test(nextWord)) {
      // Decades: the '80s.
      out[i] = close;
    } else if ((previous === 'space' || previous === 'punct') && next === 'word') {
      out[i] = open;
    } else if (previous === 'word') {
      out[i] = close;
    } else if (next === undefined || next === 'space' || (q === "'" && nextWord === 's')) {
      out[i] = close;
    } else {
      out[i] = open;
    }
  }
  return out.join('');
}

/** Dashes and ellipses, per text node (they change length): three marks each, all kept. */
export function dashesAndEllipses(text: string): string {
  return text
    .replace(/---/g, '\u2014')
    .replace(/--/g, '\u2013')
    .replace(/\.{3,}/g, (dots) => `${dots.slice(3)}\u2026`);
}

/** A piece of text on its own (a quotation, a name) as the site would print it. */
export function typeset(text: string): string {
  return dashesAndEllipses(curlQuotes(text));
}

function codeLength(element: Element): number {
  let length = 0;
  walk(element, (node) => {
    if (node.type === 'text') length += node.value.length;
  });
  return Math.max(length, 1);
}

export default function rehypeTypography() {
  return (tree: Root) => {
    const texts: Array<{ node: Text; start: number }> = [];
    let all = '';
    walk(tree, (node) => {
      if (node.type === 'text') {
        texts.push({ node, start: all.length });
        all += node.value;
      } else if (node.type === 'element') {
        // Code counts as a word to the quotes around it, as in smartypants; its text is kept.
        if (untouched.has(node.tagName)) {
          all += 'A'.repeat(codeLength(node));
          return 'skip';
        }
        // Each block starts fresh: a quote at its start opens.
        if (blocks.has(node.tagName)) all += ' ';
      }
      return undefined;
    });
    if (!/["'.-]/.test(all)) return;
    const curled = curlQuotes(all);
    for (const { node, start } of texts) node.value = dashesAndEllipses(curled.slice(start, start + node.value.length));
  };
}
