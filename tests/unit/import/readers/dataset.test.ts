import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport, writePlan } from '../../../../src/import/plan.ts';
import { articleSchema } from '../../../../src/schema/article.ts';
import { parseFrontmatter } from '@astrojs/markdown-remark';

function importInto(inputs: string[], extra: Partial<Parameters<typeof planImport>[1]> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  const options = { cwd: dir, out: 'content/articles', ...extra };
  return {
    dir,
    run: async (paths = inputs) => writePlan(await planImport(paths, options)),
    plan: (paths = inputs) => planImport(paths, options),
  };
}

describe('the dataset reader', () => {
  const csv =
    'url,date,title,text\nhttps://news.example/a,2019-01-04,"Storm, then calm","Friday, January 4, 2019 \n\n\nThe storm passed, officials said.\n\n\nRoads reopened."\nhttps://news.example/b,2019-01-05,No text,\n,2019-01-06,,Text without a title.\n';

  it('reads each row as an article, sets a repeated dateline apart, and lists the rows it skips', async () => {
    const inputs = mkdtempSync(join(tmpdir(), 'inputs-'));
    writeFileSync(join(inputs, 'news.csv'), csv);
    const planned = await importInto([join(inputs, 'news.csv')]).plan();
    expect(planned.articles.map((article) => article.input.split('/').pop())).toEqual(['news.csv row 1']);
    expect(planned.skipped.map(({ input, why }) => `${input.split('/').pop()}: ${why}`)).toEqual([
      'news.csv row 2: no text (column "text")',
      'news.csv row 3: no title (column "title")',
    ]);
    const entry = [...planned.writes.entries()].find(([path]) => path.endsWith('.md'))![1] as string;
    const { frontmatter, content } = parseFrontmatter(entry);
    expect(articleSchema.parse(frontmatter)).toMatchObject({
      title: 'Storm, then calm',
      source: { name: 'news.example', url: 'https://news.example/a' },
      cleanup: [{ rule: 'dateline', before: 'Friday, January 4, 2019', after: '' }],
      original: { format: 'csv', columns: { title: 'title', text: 'text' } },
    });
    expect(content.trim()).toBe('The storm passed, officials said.\n\nRoads reopened.');
    // The row's own file: the header line and the row, byte for byte.
    const original = [...planned.writes.entries()].find(([path]) => path.endsWith('.csv'))![1] as Buffer;
    expect(original.toString('utf8')).toBe(csv.split('\nhttps://news.example/b')[0] + '\n');
  });

  it('maps other column names with --map, and reads JSON Lines alike', async () => {
    const inputs = mkdtempSync(join(tmpdir(), 'inputs-'));
    writeFileSync(
      join(inputs, 'feed.jsonl'),
      '{"headline":"Dam opens","body":"The dam opened, the utility said.","publisher":"Valley Post"}\n',
    );
    const planned = await importInto([join(inputs, 'feed.jsonl')], { map: 'title=headline,text=body,source=publisher' }).plan();
    const entry = [...planned.writes.entries()].find(([path]) => path.endsWith('.md'))![1] as string;
    expect(articleSchema.parse(parseFrontmatter(entry).frontmatter)).toMatchObject({
      title: 'Dam opens',
      source: { name: 'Valley Post' },
      original: { format: 'jsonl', columns: { title: 'headline', text: 'body', source: 'publisher' } },
    });
  });

  it('refuses a dataset without the columns it needs, naming them', async () => {
    const inputs = mkdtempSync(join(tmpdir(), 'inputs-'));
    writeFileSync(join(inputs, 'bad.csv'), 'a,b\n1,2\n');
    await expect(importInto([join(inputs, 'bad.csv')]).plan()).rejects.toThrow(
      'bad.csv: no column "title" (columns: a, b); map one with --map',
    );
  });
});
