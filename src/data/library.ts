import { getCollection } from 'astro:content';
import { ContentError } from '../lib/content-error.ts';
import type { ArticleData } from '../schemas/article.ts';

/**
 * Every article, newest first. Pages get their data here and nowhere else: when the dev
 * server has found content problems, this throws the build's own message, which Astro
 * shows over the page while the author edits.
 */
export async function getArticles(): Promise<ArticleData[]> {
  const entries = await getCollection('articles');
  const articles: ArticleData[] = [];
  for (const { data } of entries) {
    if (data.kind === 'problems') throw new ContentError(data.problems);
    articles.push(data);
  }
  return articles.sort((a, b) => b.published.getTime() - a.published.getTime() || a.slug.localeCompare(b.slug));
}

/** The static paths of a route with one page or file per article: `[slug]`, the article as its props. */
export const articlePaths = async () => (await getArticles()).map((article) => ({ params: { slug: article.slug }, props: { article } }));
