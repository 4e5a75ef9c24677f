import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { articlesLoader } from './lib/articles-loader.ts';
import { contentDirFromEnv } from './lib/content-dir.ts';
import { articleSchema } from './schema/article.ts';

const articles = defineCollection({
  loader: articlesLoader(pathToFileURL(`${contentDirFromEnv()}/`)),
  schema: articleSchema,
});

export const collections = { articles };
