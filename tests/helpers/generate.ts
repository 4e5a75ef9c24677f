/**
 * Synthetic articles for benchmarks: a few varied templates (wire copy with quotes and
 * attributions, a statement with a blockquote, a list-heavy explainer, a French report), with
 * numbers, places and dates varied so that no two files are the same.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsPage, writeArchive, type ArchivedResource } from './archives.ts';

const places = ['Hajin', 'Raqqa', 'Mosul', 'Aleppo', 'Homs', 'Idlib', 'Deir Ezzor', 'Tikrit', 'Kirkuk', 'Palmyra'];
const sources = ['SANA', 'Reuters', 'local reports', 'the ministry', 'Human Rights Watch', 'AFP'];

const seed = readFileSync(
  new URL('../../content/articles/us-led-coalition-airstrikes-kill-20-more-civilians-in-syria.md', import.meta.url),
  'utf8',
);
const seedBody = seed.slice(seed.indexOf('\n---\n', 4) + 5);

function templates(i: number): { front: string; body: string } {
  const place = places[i % places.length]!;
  const source = sources[i % sources.length]!;
  const n = ((i * 7) % 90) + 3;
  const day = (i % 28) + 1;
  const month = (i % 12) + 1;
  const date = `20${10 + (i % 15)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  switch (i % 4) {
    case 0:
      return {
        front: `title: "Report ${i}: strikes near ${place}"\nsource:\n  name: Press TV\n`,
        body: seedBody.replaceAll('Hajin', place).replaceAll('Twenty', `${n} more`),
      };
    case 1:
      return {
        front: `title: "Statement ${i} on water supply in ${place}"\nsource:\n  name: Example Wire\n  url: https://wire.example.org/${i}\npublished: ${date}\n`,
        body: `The regional authority issued the following statement on ${place}:\n\n> The notice for ${n} districts is lifted with immediate effect.\n> Tests met every national standard.\n\nA spokesperson added that results would follow "within the week," according to ${source}.\n\n"${n} days without safe water is too many," said a resident of ${place}, who asked not to be named.\n\nOfficials denied that the delay was caused by a lack of funds. ${seedBody.split('\n\n').slice(2, 5).join('\n\n')}\n`,
      };
    case 2:
      return {
        front: `title: "What we know about the ${place} talks (${i})"\nsource:\n  name: Metro Ledger\npublished: ${date}\nsummary: "${n} points on the talks."\n`,
        body: `## Background\n\nTalks in ${place} resumed on Monday, ${source} reported.\n\n- ${n} delegates attended.\n- The mayor's office called the meeting 'constructive'.\n- Rock 'n' roll played in the '90s hall.\n\n## What was said\n\n“We are close,” one delegate told reporters. “Closer than in years.”\n\n${seedBody.split('\n\n').slice(6, 9).join('\n\n')}\n`,
      };
    default:
      return {
        front: `title: "La mairie de ${place} reporte la réforme (${i})"\nsource:\n  name: Le Quotidien Exemple\nlang: fr\npublished: ${date}\n`,
        body: `La mairie a annoncé vendredi le report de la réforme, selon un communiqué.\n\n« Nous avons besoin de ${n} jours de plus », a déclaré l'adjointe chargée de la mobilité.\n\nSelon l'association des usagers, la décision est « une victoire d'étape ».\n`,
      };
  }
}

/**
 * How a news site's articles spread: over so many sources and topics, dated over so many years.
 * Without it, the templates' four sources and no topics (what the older benchmarks measured).
 */
export interface Spread {
  sources: number;
  topics: number;
  years: number;
}

/** The frontmatter a spread gives article `i`: its source, two or three topics, a date. */
function spreadFront(front: string, i: number, { sources: sourceCount, topics, years }: Spread): string {
  const day = new Date(Date.UTC(2025 - years, 0, 1) + ((i * 7919) % (years * 365)) * 86_400_000).toISOString().slice(0, 10);
  const tags = [i % topics, (i * 31 + 7) % topics, (i * 97 + 13) % topics].slice(0, 2 + (i % 2)).map((t) => `Topic ${t}`);
  const unique = [...new Set(tags)];
  return front
    .replace(/source:\n {2}name: [^\n]+\n/, `source:\n  name: Source ${i % sourceCount}\n`)
    .replace(/published: [^\n]+\n/, '')
    .concat(`published: ${day}\ntags: [${unique.join(', ')}]\n`);
}

/** Article `i` of `generateArticles`, as its file's text. */
export function generatedArticle(i: number, spread?: Spread): string {
  const made = templates(i);
  const front = spread ? spreadFront(made.front, i, spread) : made.front;
  return `---\n${front}---\n\n${made.body}`;
}

export function generateArticles(dir: string, count: number, spread?: Spread): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    // Spread over folders, as a real archive would be.
    const folder = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `article-${String(i).padStart(6, '0')}.md`), generatedArticle(i, spread));
  }
}

const seedOriginal = readFileSync(new URL('../fixtures/seed/000_7324fdaa959f27c2.txt', import.meta.url), 'utf8');

/**
 * Scraped reports in the seed's shape (headline, `Source:` line, orphan brackets, a paragraph
 * split mid-sentence), for the importer: the seed with its place, numbers and headline varied.
 */
export function generateOriginals(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const place = places[i % places.length]!;
    const text = seedOriginal
      .replace(
        'US-led Coalition Airstrikes Kill 20 more civilians in Syria',
        `Report ${i}: airstrikes near ${place} kill ${((i * 7) % 90) + 3} civilians`,
      )
      .replaceAll('Hajin', place)
      .replaceAll('Twenty', `${((i * 7) % 90) + 3} more`);
    const folder = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `report-${String(i).padStart(6, '0')}.txt`), text);
  }
}

/** Report `i` in the seed's shape, as a headline and paragraphs (its place, numbers and headline varied). */
export function seedReport(i: number): { title: string; paragraphs: string[] } {
  const place = places[i % places.length]!;
  const [, , ...body] = seedOriginal
    .replaceAll('Hajin', place)
    .replaceAll('Twenty', `${((i * 7) % 90) + 3} more`)
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { title: `Report ${i}: airstrikes near ${place} kill ${((i * 7) % 90) + 3} civilians`, paragraphs: body };
}

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** An RSS 2.0 feed of `count` full-text items in the seed's shape, each with its guid, author and date. */
export function generateFeed(path: string, count: number): void {
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const { title, paragraphs } = seedReport(i);
    const html = paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('');
    const date = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toUTCString();
    items.push(
      `<item><title>${escapeXml(title)}</title><link>https://wire.example/${i}</link><guid>https://wire.example/${i}</guid><dc:creator>Desk ${i % 50}</dc:creator><pubDate>${date}</pubDate><content:encoded><![CDATA[${html}]]></content:encoded></item>`,
    );
  }
  writeFileSync(
    path,
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Example Wire</title><link>https://wire.example/</link><language>en</language>\n${items.join('\n')}\n</channel></rss>\n`,
  );
}

/**
 * A web archive of `pages` saved pages in the seed's shape, each with its request, and, when
 * `fillMiB` is given, images between them until the archive holds that many MiB: a crawl's
 * proportions, where pages are a small part of the bytes.
 */
export async function generateArchive(
  path: string,
  { pages, fillMiB = 0, gzip = false }: { pages: number; fillMiB?: number; gzip?: boolean },
): Promise<void> {
  const image = new Uint8Array(512 * 1024).map((_, i) => (i * 2654435761) >>> 24);
  const images = Math.ceil((fillMiB * 1024 * 1024) / image.length);
  function* resources(): Generator<ArchivedResource> {
    for (let i = 0, shown = 0; i < Math.max(pages, images); i++) {
      if (i < pages) {
        const { title, paragraphs } = seedReport(i);
        yield { url: `https://wire.example/${i}`, body: newsPage({ title, site: 'Example Wire', author: `Desk ${i % 50}`, paragraphs }) };
      }
      if (shown < images && i * images >= shown * Math.max(pages, 1)) {
        shown++;
        yield { url: `https://wire.example/images/${shown}.jpg`, body: image, contentType: 'image/jpeg' };
      }
    }
  }
  await writeArchive(path, resources(), { gzip });
}
