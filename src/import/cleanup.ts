/**
 * The importer's clean-up rules: each fixes markup the original's words arrived in, never a word,
 * and says exactly what it changed (`Cleanup`: the rule, the text before and after), so that the
 * entry can log every change and the fidelity check can apply the very same changes to the
 * original. Pure and deterministic.
 */
import { decodeHTMLStrict } from 'entities';
import type { Link, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isHttpUrl, type cleanupRules } from '../schema/article.ts';
import { lettersAndDigits } from '../text/normalize.ts';

export type CleanupRule = (typeof cleanupRules)[number];

export interface Cleanup {
  rule: CleanupRule;
  before: string;
  after: string;
}

/** A text and what the rules changed in it. */
export interface Cleaned {
  text: string;
  cleanup: Cleanup[];
}

/** Applies `pattern` to `text`, logging each match it changes under `rule`. */
function replaceLogged(
  text: string,
  rule: CleanupRule,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string,
  log: Cleanup[],
): string {
  return text.replace(pattern, (...args) => {
    const match = args.slice(0, -2) as unknown as RegExpExecArray;
    const before = match[0];
    const after = replace(match);
    if (after !== before) log.push({ rule, before, after });
    return after;
  });
}

/**
 * `html-entities`: character references a scraper left as text (`&amp;`, `&#8217;`) are decoded,
 * once: `&amp;amp;` becomes `&amp;`, as a browser would show it. Only complete references (with
 * their semicolon), so that `a&b` or a URL's `&copy=2` stay as written.
 */
export function decodeEntities(text: string, log: Cleanup[]): string {
  if (!text.includes('&')) return text;
  return replaceLogged(
    text,
    'html-entities',
    /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi,
    ([reference]) => decodeHTMLStrict(reference),
    log,
  );
}

/**
 * `invisible-characters`: soft hyphens, zero-width spaces, word joiners and byte-order marks go;
 * no-break spaces become spaces. Logged with the word they stood in. Zero-width joiners and
 * non-joiners stay: Persian, Arabic and Indic scripts need them.
 */
export function removeInvisible(text: string, log: Cleanup[]): string {
  if (!/[\u00AD\u200B\u2060\uFEFF\u00A0]/.test(text)) return text;
  return replaceLogged(
    text,
    'invisible-characters',
    /[^\s\u00A0]*[\u00AD\u200B\u2060\uFEFF\u00A0][^\s\u00A0]*/g,
    ([word]) => word.replace(/[\u00AD\u200B\u2060\uFEFF]/g, '').replace(/\u00A0/g, ' '),
    log,
  );
}

/**
 * `placeholder-link`: a link whose target is a placeholder (`[Press TV](#)`, `[x]()`, a
 * `javascript:` address) reads as its text. In a web page's tree, `unlinkUnreachable`.
 */
export function unlinkPlaceholders(text: string, log: Cleanup[]): string {
  if (!text.includes('](')) return text;
  return replaceLogged(text, 'placeholder-link', /\[([^[\]\n]+)\]\((?:\s*#?\s*|\s*javascript:[^)]*)\)/gi, ([, label]) => label ?? '', log);
}

/**
 * `placeholder-link` in a web page: a link a reader of this site cannot follow (anything but an
 * absolute http(s) address: `#`, `javascript:`, the page's own relative links) reads as its text.
 * The nodes to put in the link's place, or undefined to keep it.
 */
export function unlinkUnreachable(link: Link, log: Cleanup[]): PhrasingContent[] | undefined {
  if (isHttpUrl(link.url)) return undefined;
  const text = toString(link);
  log.push({ rule: 'placeholder-link', before: `[${text}](${link.url})`, after: text });
  return link.children;
}

/** Whether `at` stands inside a quotation of `text`: an odd number of double marks before it, or an open `“`. */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = before.split('"').length - 1;
  return (
    straight % 2 === 1 ||
    before.lastIndexOf('\u201C') > before.lastIndexOf('\u201D') ||
    before.lastIndexOf('\u00AB') > before.lastIndexOf('\u00BB')
  );
}

/** A pronoun an editor's bracketed name explains: "She [Judit Polgár] played". */
const explainedPronoun = /\b(?:he|she|they|it|we|i|him|her|them|his|their|its|il|elle|ils|elles|lui|leur)\s*$/iu;

/**
 * `orphan-brackets`: a link whose target was lost leaves its text in brackets (`[Deir Ezzor]`);
 * it reads as the text. Only in scraped Markdown that shows such links (the seed's
 * `Source: [Press TV](#)`; the reader decides), only when the text reads as a name (a capital,
 * then a lowercase letter), and never where brackets are an editor's own: inside a quotation
 * (`"[Khan] had been released"`) or after the pronoun they explain (`She [Judit Polgár]`). Those,
 * an editor's `[sic]`, a rating's `[A+]`, a citation's `[1]` or an acronym's `[UN]` are the
 * original's words and stay, shown as written.
 */
export function removeOrphanBrackets(text: string, log: Cleanup[]): string {
  if (!text.includes('[')) return text;
  const pattern = /(?<![\]!\\])\[(\p{Lu}\p{Ll}[^[\]\n]*)\](?![([:])/gu;
  return text.replace(pattern, (match: string, name: string, at: number) => {
    if (insideQuotation(text, at) || explainedPronoun.test(text.slice(Math.max(0, at - 12), at))) return match;
    log.push({ rule: 'orphan-brackets', before: match, after: name });
    return name;
  });
}

/** A name as compared with another: letters and digits only, lowercase, without accents or a leading `www.`. */
const comparable = (name: string) => lettersAndDigits(name.normalize('NFD').replace(/^\s*www\./i, '')).toLowerCase();

/** A part of a title that names the site: its name or host, or either inside it ("BBC" in "BBC News"). */
function namesSite(part: string, siteNames: readonly string[]): boolean {
  const text = comparable(part);
  return (
    text.length >= 3 &&
    part.trim().split(/\s+/).length <= 5 &&
    siteNames.some((name) => {
      const site = comparable(name);
      return site.length >= 2 && (text.includes(site) || site.includes(text));
    })
  );
}

/**
 * `site-name-in-title`: a page's title often ends with its site's name, for the browser's tab
 * ("Dam breaks in the north - BBC News", "… | Aktuálně.cz"); the headline is what comes before.
 * Only a last part after a spaced separator, only when it names the site (`siteNames`: the credit,
 * the site name the page gives, its host), never the whole title.
 */
export function removeSiteName(title: string, siteNames: readonly string[], log: Cleanup[]): string {
  const match = /^(.+?)\s+(?:[-|–—·•:]|::)\s+([^-|–—·•]+)$/u.exec(title);
  if (!match || !namesSite(match[2]!, siteNames)) return title;
  const after = match[1]!.trim();
  log.push({ rule: 'site-name-in-title', before: title, after });
  return after;
}

/** A paragraph that stops mid-sentence: no closing punctuation at its end. */
const unfinished = /[\p{L}\p{N},]$/u;
/** A paragraph that goes on a sentence: it starts with a lowercase letter. */
const continuing = /^\p{Ll}/u;

/** A paragraph's last three words, or its first three: only its end or start is looked at. */
const lastWords = (text: string) => text.slice(-200).split(/\s+/).slice(-3).join(' ');
const firstWords = (text: string) => text.slice(0, 200).split(/\s+/).slice(0, 3).join(' ');

/**
 * `split-paragraph`: a paragraph that stops mid-sentence ("…notably a bloody") followed by one
 * that goes on with a lowercase word ("attack on the town…") is one paragraph, joined by a space.
 */
export function joinSplitParagraphs(paragraphs: readonly string[], log: Cleanup[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const previous = out.at(-1);
    if (previous !== undefined && unfinished.test(previous) && continuing.test(paragraph)) {
      log.push({
        rule: 'split-paragraph',
        before: `${lastWords(previous)}\n\n${firstWords(paragraph)}`,
        after: `${lastWords(previous)} ${firstWords(paragraph)}`,
      });
      out[out.length - 1] = `${previous} ${paragraph}`;
    } else {
      out.push(paragraph);
    }
  }
  return out;
}

/** "Friday, January 4, 2019": how the English Wikinews text opens with its own date. */
const datelineFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

function datelineOf(date: string | undefined): string | undefined {
  const day = date && /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0];
  if (!day) return undefined;
  const parsed = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? undefined : datelineFormat.format(parsed);
}

/**
 * `dateline`: a dataset row's text whose first line is the row's own date spelled out goes
 * without it; the page shows the date already. The only rule that removes words, and it logs
 * exactly the words it removed.
 */
export function removeDateline(text: string, date: string | undefined, log: Cleanup[]): string {
  const dateline = datelineOf(date);
  const [firstLine = '', ...otherLines] = text.split('\n');
  if (!dateline || firstLine.replace(/\u00A0/g, ' ').trim() !== dateline) return text;
  log.push({ rule: 'dateline', before: dateline, after: '' });
  return otherLines.join('\n');
}

/** Whether a scraped text shows Markdown links (`[Press TV](#)`): then its bare brackets around a name are their residue. */
export function showsMarkdownLinks(text: string): boolean {
  return /\[[^[\]\n]+\]\([^()\n]*\)/.test(text);
}

/**
 * The rules that work within a paragraph of text as it arrived (a report, a dataset row), in the
 * order they run; `linkResidue`: the text is scraped Markdown whose bare brackets may be left of
 * links (`showsMarkdownLinks`), the only place `orphan-brackets` applies.
 */
export function cleanParagraph(text: string, log: Cleanup[], { linkResidue = false } = {}): string {
  const cleaned = unlinkPlaceholders(removeInvisible(decodeEntities(text, log), log), log);
  return linkResidue ? removeOrphanBrackets(cleaned, log) : cleaned;
}
