import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles.ts';
import { contentDir } from './loaders/content-folder.ts';
import { articlesCollectionSchema } from './schemas/article.ts';

export const collections = {
  articles: defineCollection({ loader: articlesLoader({ contentDir }), schema: articlesCollectionSchema }),
};
