/**
 * The labelled attribution corpus (tests/fixtures/attribution): real Wikinews articles, and for
 * each one a label file written by hand, sentence by sentence, by the rules in RULES.md. The
 * sentences are the site's own (the article's visible text blocks, cut by `sentencesOf`), so that
 * labels and extraction speak of the same units; `loadLabelled` refuses a label file whose
 * sentences are no longer those.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readSourceFacts } from '../../../src/markdown/source.ts';
import { readArticleData } from '../../../src/schema/article.ts';
import { sentencesOf } from '../../../src/text/segment.ts';

export const corpusDir = new URL('../../fixtures/attribution', import.meta.url).pathname;

export interface LabelledAttribution {
  /** The cue as written ("said", "according to", "a ensuite précisé"). */
  cue: string;
  /** The source phrase as written ("the Syrian Foreign Ministry", "he"). */
  source: string;
  /** Whom a pronoun or a bare title stands for, when the text makes it plain. */
  resolved?: string;
}

export interface LabelledSentence {
  /** The sentence as the site cuts it. */
  text: string;
  /** The block (paragraph, heading, item) it stands in. */
  block: number;
  /** Its attributions, empty when it attributes nothing. */
  attributions: LabelledAttribution[];
}

export interface LabelledQuotation {
  /** From the opening mark to the closing mark inclusive, as written. */
  text: string;
  /** Who says it, when the text says so (the name as written, pronouns resolved). */
  attributedTo?: string;
}

export interface LabelFile {
  article: string;
  lang: string;
  sentences: LabelledSentence[];
  quotations: LabelledQuotation[];
  /** Free notes of the labeller on hard cases. */
  notes?: string[];
}

export interface ArticleText {
  article: string;
  lang: string;
  blocks: string[];
  sentences: Array<{ text: string; block: number }>;
}

export async function readArticleText(path: string): Promise<ArticleText> {
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
  const data = readArticleData(frontmatter);
  const lang = data.lang ?? 'en';
  const { blocks } = await readSourceFacts(content, lang);
  const sentences = blocks.flatMap((block, index) => sentencesOf(block, lang).map((text) => ({ text, block: index })));
  return { article: basename(path), lang, blocks, sentences };
}

/** An empty label file for an article, every sentence listed, for a labeller to fill in. */
export async function skeleton(path: string): Promise<LabelFile> {
  const text = await readArticleText(path);
  return {
    article: text.article,
    lang: text.lang,
    sentences: text.sentences.map((sentence) => ({ ...sentence, attributions: [] })),
    quotations: [],
  };
}

export interface Labelled {
  text: ArticleText;
  labels: LabelFile;
}

/**
 * The label sets: `labels` (the 30 articles the extraction rules were first tuned on), `held-out`
 * (articles labelled after those rules were frozen), and `blind/tune` and `blind/report`: 120
 * articles labelled blind by labellers who never saw the extractor, split in two halves before
 * anyone looked at a score; rules may be tuned on `blind/tune`, figures are reported on
 * `blind/report`, which nobody tunes on.
 */
export type LabelSet = 'labels' | 'held-out' | 'blind/tune' | 'blind/report';

export const labelSets: LabelSet[] = ['labels', 'held-out', 'blind/tune', 'blind/report'];

/** Every labelled article of a set, with its labels; throws naming the file whose sentences drifted. */
export async function loadLabelled(set: LabelSet = 'labels', dir = corpusDir): Promise<Labelled[]> {
  const out: Labelled[] = [];
  for (const name of readdirSync(join(dir, set))
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const labels = JSON.parse(readFileSync(join(dir, set, name), 'utf8')) as LabelFile;
    const text = await readArticleText(join(dir, 'articles', labels.article));
    const drift = text.sentences.findIndex((sentence, i) => sentence.text !== labels.sentences[i]?.text);
    if (drift >= 0 || text.sentences.length !== labels.sentences.length) {
      throw new Error(
        `${set}/${name}: sentence ${drift >= 0 ? drift : text.sentences.length} is not the site's sentence any more (the segmenter or the reader changed); relabel it`,
      );
    }
    out.push({ text, labels });
  }
  return out;
}
