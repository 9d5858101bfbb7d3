import type { ArticleData } from '../../schemas/article.ts';
import type { ArticlesIndex } from '../../schemas/data/articles-index.ts';
import { isoDate } from '../format-date.ts';
import { absoluteUrl, articleDataPaths, schemaPath, type SiteAddress } from './paths.ts';

/** The open-data index: every article, in the order given (the library's: newest first), and its data files. */
export function articlesIndex(articles: readonly ArticleData[], where: SiteAddress): ArticlesIndex {
  return {
    $schema: absoluteUrl(schemaPath('articles'), where),
    articles: articles.map((article) => {
      const paths = articleDataPaths(article.slug);
      return {
        slug: article.slug,
        url: absoluteUrl(article.path, where),
        title: { source: article.title.source, translation: article.title.translation },
        lang: { source: article.source.lang, translation: article.translation.lang },
        published: isoDate(article.published),
        edition: { number: article.edition.number, date: isoDate(article.edition.date) },
        draft: article.translation.draft,
        paragraphCount: article.paragraphCount,
        noteCount: article.noteCount,
        data: { json: absoluteUrl(paths.json, where), annotations: absoluteUrl(paths.annotations, where), tei: absoluteUrl(paths.tei, where) },
      };
    }),
  };
}
