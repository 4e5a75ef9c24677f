/**
 * What a check says about one article, and the helpers that put a failure in context. Pure.
 */

/** What the checks know of an article besides its source text: read from its frontmatter by the schema. */
export interface ArticleInput {
  id: string;
  /** Path of the content file, for messages. */
  file: string;
  title: string;
  source: { name: string; url?: string | undefined };
  lang: string;
  /** For an imported article, the original it is checked against (path relative to the entry). */
  original?: { path: string; sha256: string } | undefined;
  /** For an imported article, how many changes its import made (its clean-up log), which its page states. */
  changes?: number | undefined;
  /** For a report its source changed: how many earlier copies it has (`versions`), which its page states. */
  changed?: number | undefined;
  /** For a report its source changed: its earlier copies, oldest first. */
  versions?: ArticleReport['versions'];
}

export type CheckName = 'page' | 'credit' | 'quote' | 'blockquote' | 'attribution' | 'text' | 'original' | 'markup' | 'proof' | 'cited';

export interface Failure {
  check: CheckName;
  message: string;
  expected: string;
  found: string;
}

export interface ArticleReport {
  id: string;
  file: string;
  page: string;
  ok: boolean;
  credit: { ok: boolean; name: string; url?: string | undefined };
  /** The original an imported article was checked against; absent for entries written by hand. */
  original?: { path: string; sha256: string } | undefined;
  /** A changed report's earlier copies, oldest first, each proved against its own original; absent for a report never changed. */
  versions?: Array<{ path: string; sha256: string; retrieved?: string }> | undefined;
  /** Quotations and blockquotes; `items` lists the quotations, each with its speaker when the text names one. */
  quotes: { total: number; ok: number; items: Array<{ text: string; attributedTo?: string }> };
  /** `source` as written; `resolved`: the person a pronoun source stands for. */
  attributions: { total: number; ok: number; items: Array<{ sentence: string; cue: string; source: string; resolved?: string }> };
  words: { total: number; matched: number };
  failures: Failure[];
}

/** The outcome of one check: how many of its items passed, and what failed. */
export interface CheckResult {
  ok: number;
  failures: Failure[];
}

/** A report with nothing checked yet (and so not ok). */
export function emptyReport(input: ArticleInput, pagePath: string): ArticleReport {
  return {
    id: input.id,
    file: input.file,
    page: pagePath,
    ok: false,
    credit: { ok: false, name: input.source.name, url: input.source.url },
    ...(input.original ? { original: input.original } : {}),
    ...(input.versions ? { versions: input.versions } : {}),
    quotes: { total: 0, ok: 0, items: [] },
    attributions: { total: 0, ok: 0, items: [] },
    words: { total: 0, matched: 0 },
    failures: [],
  };
}

/** A report failed before any comparison: the page is missing, or could not be compared. */
export function failedReport(input: ArticleInput, pagePath: string, failure: Failure): ArticleReport {
  return { ...emptyReport(input, pagePath), failures: [failure] };
}

const ELLIPSIS = 240;

export function clip(text: string): string {
  return text.length > ELLIPSIS ? `${text.slice(0, ELLIPSIS - 1)}…` : text;
}

export interface SiteReport {
  ok: boolean;
  articles: ArticleReport[];
  totals: { articles: number; failed: number; quotes: number; attributions: number; words: number; matched: number };
}

export function summarise(articles: ArticleReport[]): SiteReport {
  const totals = { articles: articles.length, failed: 0, quotes: 0, attributions: 0, words: 0, matched: 0 };
  for (const article of articles) {
    if (!article.ok) totals.failed++;
    totals.quotes += article.quotes.total;
    totals.attributions += article.attributions.total;
    totals.words += article.words.total;
    totals.matched += article.words.matched;
  }
  return { ok: totals.failed === 0, articles, totals };
}
