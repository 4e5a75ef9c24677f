import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleIdFromPath } from './lib/article-id.ts';
import { articleSchema } from './schema/article.ts';

const articles = defineCollection({
  loader: glob({
    pattern: '**/*.{md,markdown}',
    base: './content/articles',
    generateId: ({ entry }) => articleIdFromPath(entry),
  }),
  schema: articleSchema,
});

export const collections = { articles };
