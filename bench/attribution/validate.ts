/**
 * `node bench/attribution/validate.ts [article.json…]`: checks every label file of the attribution
 * corpus (or only those named): its
 * sentences are the site's, every cue and source is written in its sentence as it stands, every
 * quotation in the article's text. Exit 1 with one line a problem.
 */
import { basename } from 'node:path';
import { labelSets, loadLabelled } from '../../tests/helpers/attribution/corpus.ts';

const only = new Set(process.argv.slice(2).map((path) => basename(path, '.json')));
const problems: string[] = [];
for (const { text, labels } of (await Promise.all(labelSets.map((set) => loadLabelled(set)))).flat()) {
  if (only.size && !only.has(basename(labels.article, '.md'))) continue;
  const whole = text.blocks.join('\n');
  labels.sentences.forEach((sentence, i) => {
    for (const attribution of sentence.attributions) {
      const cueWords = attribution.cue.split(/\s+/);
      if (!attribution.cue || !cueWords.every((word) => sentence.text.includes(word)))
        problems.push(`${labels.article}: sentence ${i}: cue "${attribution.cue}" is not in the sentence`);
      if (!attribution.source || !sentence.text.includes(attribution.source))
        problems.push(`${labels.article}: sentence ${i}: source "${attribution.source}" is not in the sentence`);
    }
  });
  for (const quotation of labels.quotations) {
    if (!quotation.text.split('\n').every((part) => whole.includes(part)))
      problems.push(`${labels.article}: quotation ${JSON.stringify(quotation.text.slice(0, 60))} is not in the text`);
  }
}
for (const problem of problems) console.log(problem);
console.log(problems.length ? `${problems.length} problems` : 'labels well formed');
process.exit(problems.length ? 1 : 0);
