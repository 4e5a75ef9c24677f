import { defineCollection } from 'astro:content';
import { pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import { contentDirFromEnv } from './lib/content-dir.ts';
import { articleIdFromPath } from './lib/article-id.ts';
import { articleSchema } from './schema/article.ts';

const articles = defineCollection({
  loader: glob({
    pattern: '**/*.{md,markdown}',
    base: pathToFileURL(`${contentDirFromEnv()}/`),
    generateId: ({ entry }) => articleIdFromPath(entry),
  }),
  schema: articleSchema,
});

export const collections = { articles };
