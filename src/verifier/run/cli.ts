/**
 * `npm run verify [-- --dist DIR --content DIR --json]`. Exit 0 when every check passes, 1 when
 * any fails, 2 for a usage or input error.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport } from '../check/format.ts';
import { InputError } from './article-job.ts';
import { verifySite } from './site.ts';
import type { CliIo } from '../../cli.ts';

const usage = `usage: npm run verify -- [--dist DIR] [--content DIR] [--public DIR] [--json] [--quiet]

Checks every article of --content (default content/articles) against its page in --dist
(default dist): the source credit, every quotation and attribution, every word.

  --dist DIR      the built site (default dist)
  --content DIR   the article entries (default content/articles)
  --public DIR    the site's public folder, to read images as the site does (default public)
  --json          print the report as JSON only
  --quiet         print only the articles that fail, and the totals
  --help          print this

exit codes: 0 every check passes, 1 a check failed, 2 usage or input error`;

export async function runVerifyCli(args: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        dist: { type: 'string', default: 'dist' },
        content: { type: 'string', default: 'content/articles' },
        public: { type: 'string', default: 'public' },
        json: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${usage.split('\n')[0]}`);
    return 2;
  }
  if (values.help) {
    io.stdout(usage);
    return 0;
  }
  const distDir = resolve(io.cwd, values.dist);
  const contentDir = resolve(io.cwd, values.content);
  for (const [flag, dir] of [
    ['--dist', distDir],
    ['--content', contentDir],
  ] as const) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      io.stderr(`${flag}: no such folder: ${dir}${flag === '--dist' ? ' (run npm run build first)' : ''}`);
      return 2;
    }
  }
  try {
    const {
      files: _files,
      checked: _checked,
      reused: _reused,
      ...report
    } = await verifySite({ contentDir, distDir, publicDir: resolve(io.cwd, values.public), cwd: io.cwd });
    io.stdout(values.json ? JSON.stringify(report, null, 2) : formatReport(report, { quiet: values.quiet }));
    return report.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(error.message);
      return 2;
    }
    throw error;
  }
}
