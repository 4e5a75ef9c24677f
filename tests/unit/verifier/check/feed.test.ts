import { describe, expect, it } from 'vitest';
import { checkItemCredit, feedItemCredits } from '../../../../src/verifier/check/feed.ts';

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The credit line as an item's content opens with it (the site's feeds are built in tests/build). */
const creditHtml = ({ name, url }: { name: string; url?: string }) =>
  `<p data-source-credit>Source: ${url ? `<a href="${escapeXml(url).replaceAll('"', '&quot;')}">${escapeXml(name)}</a>` : escapeXml(name)}</p>`;

/** A feed of one item, its content opened by `credit` as the site writes it. */
const feed = (credit: string) =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><link>https://example.org/</link><description>d</description><item><title>A</title><link>https://example.org/news/articles/a/</link><content:encoded>${escapeXml(`${credit}\n<p>Text.</p>`)}</content:encoded></item></channel></rss>`;

const article = { credit: { ok: true, name: 'Harbour Wire & Co', url: 'https://harbour.example/a?x=1&y=2' } };

describe("a feed item's credit", () => {
  it('passes when it credits the source as the page does, linked', () => {
    const [item] = feedItemCredits(feed(creditHtml(article.credit)));
    expect(item).toEqual({
      link: 'https://example.org/news/articles/a/',
      credit: { text: 'Source: Harbour Wire & Co', href: 'https://harbour.example/a?x=1&y=2' },
    });
    expect(checkItemCredit(item!, article, 'feed.xml')).toBeUndefined();
  });

  it.each([
    [
      'another source',
      creditHtml({ name: 'Valley Post', url: article.credit.url }),
      'Source: Valley Post (https://harbour.example/a?x=1&y=2)',
    ],
    ['no link to the source', creditHtml({ name: article.credit.name }), 'Source: Harbour Wire & Co'],
    ['no credit at all', '', '(no credit)'],
  ])('fails when it shows %s, naming the feed', (_name, credit, found) => {
    const [item] = feedItemCredits(feed(credit));
    expect(checkItemCredit(item!, article, 'sources/harbour-wire/feed.xml')).toEqual({
      check: 'credit',
      message: 'sources/harbour-wire/feed.xml: its item for this article does not credit the source as the page does',
      expected: 'Source: Harbour Wire & Co (https://harbour.example/a?x=1&y=2)',
      found,
    });
  });
});
