import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EarlyChecks } from '../../src/verifier/early-checks.ts';
import { analyseSource } from '../../src/verifier/verify-article.ts';
import { VerifyPool } from '../../src/verifier/verify-pool.ts';
import { verifySite } from '../../src/verifier/verify-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'early-'));
const contentDir = join(dir, 'content');
const distDir = join(dir, 'dist');
mkdirSync(contentDir);
const page = (text: string) =>
  `<!doctype html><html><body><article><header><h1>A</h1><p>Source: Wire</p></header><div data-article-body><p>${text}</p></div></article></body></html>`;
const facts = { blocks: ['The mayor said “we will rebuild.”'], blockquotes: [], words: 6, lang: 'en' };
for (const name of ['a', 'b']) writeFileSync(join(contentDir, `${name}.md`), '---\ntitle: A\nsource:\n  name: Wire\n---\n\nThe mayor said "we will rebuild."\n');
const analyses = new Map(['a', 'b'].map((name) => [join(contentDir, `${name}.md`), Promise.resolve(analyseSource(facts, 'en'))]));
const pool = new VerifyPool(1);
afterAll(() => pool.close());

function writePage(name: string, text: string, time: number) {
  mkdirSync(join(distDir, 'articles', name), { recursive: true });
  const file = join(distDir, 'articles', name, 'index.html');
  writeFileSync(file, page(text));
  utimesSync(file, time, time);
}

describe('EarlyChecks', () => {
  it('checks pages as they appear, and the final check redoes any page changed since', async () => {
    const early = new EarlyChecks({ contentDir, distDir, pool }, analyses);
    writePage('a', 'The mayor said “we will rebuild.”', 1_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const checked = await early.stop();
    expect([...checked.keys()]).toEqual([join(contentDir, 'a.md')]);
    expect(checked.get(join(contentDir, 'a.md'))?.report.ok).toBe(true);

    // The page changes after its early check: the final check must see the change.
    writePage('a', 'The mayor said “we will leave.”', 2_000);
    writePage('b', 'The mayor said “we will rebuild.”', 2_000);
    const sources = new Map([...analyses].map(([path]) => [path, analyseSource(facts, 'en')]));
    const report = await verifySite({ contentDir, distDir, sources, pool, early: checked });
    expect(report.articles.map((article) => [article.id, article.ok])).toEqual([['a', false], ['b', true]]);
  });
});
