import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles.ts';
import { articlesCollectionSchema } from './schemas/article.ts';

// Tests build the site from fixture content by pointing CONTENT_DIR elsewhere.
const contentDir = process.env['CONTENT_DIR'] ?? './content';

export const collections = {
  articles: defineCollection({ loader: articlesLoader({ contentDir }), schema: articlesCollectionSchema }),
};
