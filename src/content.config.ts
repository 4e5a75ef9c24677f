import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { articlesLoader } from './collections/articles-loader.ts';
import { contentDirFromEnv, sourcesDirFromEnv } from './env.ts';
import { sourcesLoader } from './collections/sources-loader.ts';
import { articleSchema } from './schema/article.ts';
import { sourceSchema } from './schema/source.ts';

const articles = defineCollection({
  loader: articlesLoader(pathToFileURL(`${contentDirFromEnv()}/`)),
  schema: articleSchema,
});

const sources = defineCollection({
  loader: sourcesLoader(pathToFileURL(`${sourcesDirFromEnv()}/`)),
  schema: sourceSchema,
});

export const collections = { articles, sources };
