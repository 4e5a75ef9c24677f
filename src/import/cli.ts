/**
 * `npm run import -- <file|folder>…`: turns original reports into content entries, keeping each
 * original byte for byte and logging every change made to its text.
 */
import { parseArgs } from 'node:util';
import { datasetFields, originalFormats } from '../schema/article.ts';
import { ImportError, type OriginalFormat } from './imported.ts';
import { planImport, writePlan } from './plan.ts';
import type { CliIo } from '../cli.ts';

/** A progress line redrawn at most ten times a second: thousands of files or records would flood a terminal. */
function throttled<A extends unknown[]>(show: (...args: A) => void): (...args: A) => void {
  let last = 0;
  return (...args) => {
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    show(...args);
  };
}

const usage = `usage: npm run import -- <file|folder>… [options]

Makes a content entry of each original report: scraped text (.txt), saved web pages (.html),
dataset rows (.csv, .jsonl/.ndjson), feed items (RSS, Atom: .rss, .atom, .xml; JSON Feed:
.json), wire stories (IPTC ninjs: .json) and the pages of web archives (.warc, .warc.gz).
The original is kept byte for byte beside the entries (originals/; a row, an item or a record
as the file cut to it alone), and the entry records it (path, sha256, format, which item) with
every clean-up made to its text. A report imported again with other text (same URL, id, guid
or file name) becomes a new version of its entry; earlier originals are kept.

  --format F         read every input as F: ${originalFormats.join(', ')} (default: by extension)
  --source-name N    credit N (when the original names no source, or to override it)
  --lang TAG         the articles' language, a BCP 47 tag
  --map F=COL,…      dataset columns for ${datasetFields.join(', ')}
                     (default: the columns of those names)
  --out DIR          where entries go (default content/articles; originals go to DIR/../originals)
  --dry-run          print what would be written, write nothing
  --json             print only a JSON summary
  --help             print this

exit codes: 0 imported (or nothing to change), 1 imported, but some dataset rows or archive
records were skipped (listed, with why), 2 usage or input error (nothing written)`;

export async function runImportCli(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        format: { type: 'string' },
        'source-name': { type: 'string' },
        lang: { type: 'string' },
        map: { type: 'string' },
        out: { type: 'string', default: 'content/articles' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${usage.split('\n')[0]}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(usage);
    return 0;
  }
  if (positionals.length === 0) {
    io.stderr(`nothing to import: name files or folders\n${usage.split('\n')[0]}`);
    return 2;
  }
  if (values.format && !(originalFormats as readonly string[]).includes(values.format)) {
    io.stderr(`--format must be one of ${originalFormats.join(', ')} (got "${values.format}")`);
    return 2;
  }
  const progress = io.interactive && !values.json;
  try {
    const plan = await planImport(positionals, {
      cwd: io.cwd,
      out: values.out,
      format: values.format as OriginalFormat | undefined,
      sourceName: values['source-name'],
      lang: values.lang,
      map: values.map,
      onProgress: progress
        ? throttled((done, total, articles) => io.stderr(`\rreading file ${done + 1}/${total}, ${articles} article(s) so far…`))
        : undefined,
    });
    if (!values['dry-run']) writePlan(plan);
    const counts = { new: 0, updated: 0, changed: 0, unchanged: 0 };
    for (const article of plan.articles) counts[article.status]++;
    const code = plan.skipped.length > 0 ? 1 : 0;
    if (values.json) {
      io.stdout(JSON.stringify({ dryRun: values['dry-run'], ...counts, articles: plan.articles, skipped: plan.skipped }, null, 2));
      return code;
    }
    for (const article of plan.articles) {
      io.stdout(
        `${article.status === 'unchanged' ? '=' : values['dry-run'] ? '~' : '+'} ${article.input} → ${article.entry} (${article.status}, ${article.cleanups} clean-up${article.cleanups === 1 ? '' : 's'})`,
      );
      for (const note of article.notes ?? []) io.stdout(`    note: ${note}`);
    }
    const verb = values['dry-run'] ? 'would import' : 'imported';
    for (const { input, why } of plan.skipped) io.stderr(`skipped ${input}: ${why}`);
    const skipped = plan.skipped.length ? `; ${plan.skipped.length} row(s) or record(s) skipped (listed above)` : '';
    io.stdout(
      `import: ${verb} ${plan.articles.length} article(s): ${counts.new} new, ${counts.updated} updated, ${counts.changed} changed by their source, ${counts.unchanged} unchanged${skipped}${values['dry-run'] ? ' (dry run: nothing written)' : ''}`,
    );
    return code;
  } catch (error) {
    if (error instanceof ImportError) {
      io.stderr(`import: ${error.message}\nnothing was written`);
      return 2;
    }
    throw error;
  }
}
