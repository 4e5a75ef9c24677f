/**
 * Synthetic articles for benchmarks: a few varied templates (wire copy with quotes and
 * attributions, a statement with a blockquote, a list-heavy explainer, a French report), with
 * numbers, places and dates varied so that no two files are the same.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

export function generateArticles(dir: string, count: number, spread?: Spread): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const made = templates(i);
    const front = spread ? spreadFront(made.front, i, spread) : made.front;
    const { body } = made;
    // Spread over folders, as a real archive would be.
    const folder = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `article-${String(i).padStart(6, '0')}.md`), `---\n${front}---\n\n${body}`);
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
