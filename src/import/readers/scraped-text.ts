/**
 * The scraped-text reader, for reports in the seed's shape: the headline as the first non-empty
 * line, then an optional `Source: …` line (a Markdown link or plain text), then the body in
 * paragraphs separated by blank lines (lines within a paragraph are joined by a space).
 */
import { isHttpUrl } from '../../schema/article.ts';
import { ImportError, paragraphsTree, type ImportedArticle, type ReaderOptions } from '../imported.ts';
import { cleanParagraph, joinSplitParagraphs, showsMarkdownLinks, unlinkPlaceholders, type Cleanup } from '../cleanup.ts';

const credit = /^source\s*:\s*(.+)$/i;
const markdownLink = /^\[([^[\]]+)\]\(([^()\s]*)\)$/;

/** The credit line's name and URL; a placeholder link logs its clean-up. */
function readCredit(value: string, log: Cleanup[]): ImportedArticle['source'] {
  const link = markdownLink.exec(value.trim());
  if (!link) return { name: value.trim() };
  const [, name = '', url = ''] = link;
  if (isHttpUrl(url)) return { name: name.trim(), url };
  return { name: unlinkPlaceholders(value.trim(), log).trim() };
}

export function readScrapedText(text: string, file: string, options: ReaderOptions = {}): ImportedArticle {
  const cleanup: Cleanup[] = [];
  const linkResidue = showsMarkdownLinks(text);
  const blocks = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .reduce<string[][]>(
      (all, line) => {
        if (line.trim() === '') {
          if (all.at(-1)?.length) all.push([]);
        } else {
          (all.at(-1) ?? all[all.push([]) - 1]!).push(line.trim());
        }
        return all;
      },
      [[]],
    )
    .filter((lines) => lines.length > 0);
  const [headline, ...rest] = blocks;
  const title = headline?.[0] && cleanParagraph(headline[0], cleanup, { linkResidue });
  if (!headline || !title)
    throw new ImportError(`${file}: no headline: the first line that is not empty is the headline, and the file has none`);
  // The headline is one line; anything under it in the same block is body.
  const body = [...(headline.length > 1 ? [headline.slice(1)] : []), ...rest];
  let source: ImportedArticle['source'] | undefined;
  const creditLine = credit.exec(body[0]?.[0] ?? '');
  if (creditLine) {
    source = readCredit(creditLine[1] ?? '', cleanup);
    body[0] = body[0]!.slice(1);
  }
  if (options.sourceName) source = { name: options.sourceName };
  if (!source?.name) throw new ImportError(`${file}: no credit: add a "Source: …" line under the headline, or give --source-name`);
  const paragraphs = joinSplitParagraphs(
    body.filter((lines) => lines.length > 0).map((lines) => cleanParagraph(lines.join(' '), cleanup, { linkResidue })),
    cleanup,
  );
  if (paragraphs.length === 0) throw new ImportError(`${file}: no article text under the headline and credit`);
  return { title, source, ...(options.lang ? { lang: options.lang } : {}), body: paragraphsTree(paragraphs), cleanup };
}
