import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { literalMarkdown } from '../../../../src/import/entry.ts';
import { readWebPage } from '../../../../src/import/readers/web-page.ts';
import { normalizeTypography } from '../../../../src/text/normalize.ts';
import { renderMarkdown } from '../../../helpers/render.ts';

/** What a reader sees of rendered Markdown, one entry a paragraph. */
async function shownParagraphs(markdown: string): Promise<string[]> {
  const tree = fromHtml(await renderMarkdown(markdown), { fragment: true });
  return tree.children.filter((node) => node.type === 'element').map((node) => toText(node));
}

describe('the web-page reader', () => {
  const page = (body: string, head = '') => `<!doctype html><html lang="fr"><head><title>Ignored title · Site</title>
<meta property="og:site_name" content="Le Courrier"><link rel="canonical" href="https://courrier.example/a">
<meta property="article:published_time" content="2012-05-22T07:44:00Z">${head}</head>
<body><nav><a href="/">Accueil</a></nav><article><h1>La fusée a décollé</h1>${body}</article><footer>© Le Courrier</footer></body></html>`;

  it('takes the main text with its structure, and the page’s metadata', async () => {
    const html = page(
      '<h2>Un lancement réussi</h2><p>Le lan\u00ADceur a décollé à 7h44, <em>sans problème</em>, selon la <a href="https://nasa.example/">NASA</a>.</p><ul><li>Premier point</li><li>Second point</li></ul><blockquote><p>« La capsule est en orbite »</p></blockquote><p>Voir [la note](#) et 5 * 3.</p>',
    );
    const article = readWebPage(html, 'a.html');
    expect(article).toMatchObject({
      title: 'La fusée a décollé',
      source: { name: 'Le Courrier', url: 'https://courrier.example/a' },
      published: '2012-05-22T07:44:00Z',
      lang: 'fr',
    });
    expect(article.cleanup).toEqual([{ rule: 'invisible-characters', before: 'lan\u00ADceur', after: 'lanceur' }]);
    const markdown = literalMarkdown(article.body);
    expect(markdown).toContain('## Un lancement réussi');
    expect(markdown).toContain('*sans problème*');
    expect(markdown).toContain('[NASA](https://nasa.example/)');
    expect(markdown).toContain('> « La capsule est en orbite »');
    expect(markdown).toMatch(/^\* Premier point$/m);
    expect(markdown).not.toContain('Accueil');
    // Text that looks like Markdown stays text.
    const shown = await shownParagraphs(markdown);
    expect(shown.map(normalizeTypography)).toContain('Voir [la note](#) et 5 * 3.');
  });

  it('reads the publisher from JSON-LD when the page has no og:site_name', () => {
    const html = page('<p>Texte de l’article, assez long pour être lu.</p>').replace(
      '<meta property="og:site_name" content="Le Courrier">',
      '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Agence Exemple"}}</script>',
    );
    expect(readWebPage(html, 'a.html').source.name).toBe('Agence Exemple');
  });

  it.each([
    [
      'no credit',
      page('<p>Du texte.</p>').replace('<meta property="og:site_name" content="Le Courrier">', ''),
      'a.html: no credit: the page names no site',
    ],
    [
      'no article text',
      '<!doctype html><html><head><meta property="og:site_name" content="X"></head><body></body></html>',
      'a.html: no article text found on the page',
    ],
  ])('refuses a page with %s', (_name, html, message) => {
    expect(() => readWebPage(html, 'a.html')).toThrow(message);
  });
});
