import { describe, expect, it } from 'vitest';
import { literalMarkdown } from '../../../../src/import/entry.ts';
import { readWebPage } from '../../../../src/import/readers/web-page.ts';
import { normalizeTypography } from '../../../../src/text/normalize.ts';
import { shownParagraphs } from '../../../helpers/render.ts';

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
      page('<p>Du texte.</p>')
        .replace('<meta property="og:site_name" content="Le Courrier">', '')
        .replace('<link rel="canonical" href="https://courrier.example/a">', ''),
      'a.html: no credit: the page names no site (og:site_name, JSON-LD publisher) and has no canonical URL; give --source-name',
    ],
    [
      'no article text',
      '<!doctype html><html><head><meta property="og:site_name" content="X"></head><body></body></html>',
      'a.html: no article text found on the page',
    ],
  ])('refuses a page with %s', (_name, html, message) => {
    expect(() => readWebPage(html, 'a.html')).toThrow(message);
  });

  it('credits the host of its canonical URL when the page names no site, and says so', () => {
    const html = page('<p>Du texte, assez long pour être lu.</p>').replace('<meta property="og:site_name" content="Le Courrier">', '');
    const article = readWebPage(html.replace('https://courrier.example/a', 'https://www.courrier.example/a'), 'a.html');
    expect(article.source).toEqual({ name: 'courrier.example', url: 'https://www.courrier.example/a' });
    expect(article.notes).toEqual(['credited to courrier.example, the host of its address: the page names no site']);
    expect(readWebPage(page('<p>Du texte, assez long pour être lu.</p>'), 'a.html').notes).toBeUndefined();
  });

  it('drops a <br> that ends a paragraph or its emphasis, which would show as a stray backslash, and logs it', async () => {
    const html = page(
      '<p>Premier paragraphe, assez long.<br><img src="a.png" alt="photo"></p><p><img src="b.png"><br>Deuxième paragraphe.</p><p><b>Troisième paragraphe.<br></b></p><p>Une ligne<br>puis une autre.</p>',
    );
    const article = readWebPage(html, 'a.html');
    const shown = (await shownParagraphs(literalMarkdown(article.body))).map((text) => text.replace(/\s+/g, ' '));
    expect(shown).toEqual([
      'Premier paragraphe, assez long.',
      'Deuxième paragraphe.',
      'Troisième paragraphe.',
      'Une ligne puis une autre.',
    ]);
    expect(article.cleanup).toEqual([
      { rule: 'line-break', before: 'paragraphe, assez long.<br>', after: 'paragraphe, assez long.' },
      { rule: 'line-break', before: '<br>Deuxième paragraphe.', after: 'Deuxième paragraphe.' },
      { rule: 'line-break', before: 'Troisième paragraphe.<br>', after: 'Troisième paragraphe.' },
    ]);
  });

  it.each([
    [
      'JSON-LD author, as the language joins a list',
      '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Anne Martin"},{"@type":"Person","name":"Paul Roy"}]}</script><meta name="author" content="La rédaction">',
      '',
      'Anne Martin et Paul Roy',
    ],
    ['an author meta tag', '<meta name="author" content="Anne Martin">', '', 'Anne Martin'],
    ['a byline in the text, as Readability finds it', '', '<p class="byline">Par Anne Martin</p>', 'Par Anne Martin'],
  ])('takes the byline from %s', (_where, head, text, byline) => {
    const html = page(`${text}<p>Le lanceur a décollé à 7h44, sans problème, selon la NASA, qui suivait le vol.</p>`, head);
    expect(readWebPage(html, 'a.html').byline).toBe(byline);
  });

  it('takes no byline from an address or where the page names no author', () => {
    expect(
      readWebPage(page('<p>Du texte.</p>', '<meta name="author" content="https://social.example/anne">'), 'a.html').byline,
    ).toBeUndefined();
    expect(readWebPage(page('<p>Du texte.</p>'), 'a.html').byline).toBeUndefined();
  });

  it.each([
    ['La fusée a décollé | Le Courrier', 'La fusée a décollé'],
    ['La fusée a décollé - Courrier', 'La fusée a décollé'],
    ['La fusée a décollé – courrier.example', 'La fusée a décollé'],
    ['Spatial : la fusée a décollé', 'Spatial : la fusée a décollé'],
    ['La fusée a décollé - le point de vue du Courrier', 'La fusée a décollé - le point de vue du Courrier'],
  ])('takes the site’s name out of the title %j, logging it', (title, headline) => {
    const html = page('<p>Le lanceur a décollé à 7h44, sans problème, selon la NASA.</p>', `<meta property="og:title" content="${title}">`);
    const article = readWebPage(html, 'a.html');
    expect(article.title).toBe(headline);
    expect(article.cleanup.filter(({ rule }) => rule === 'site-name-in-title')).toEqual(
      title === headline ? [] : [{ rule: 'site-name-in-title', before: title, after: headline }],
    );
  });
});
