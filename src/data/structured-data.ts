import { isoDate } from '../lib/format-date';
import type { ArticleView } from './articles';

/**
 * schema.org data for an article page: the source as a NewsArticle in its language, with
 * the English translation as its `workTranslation`. Only what is known is stated: no
 * publisher or date when the origin does not give them (an inferred date is left out).
 */
export function articleStructuredData(article: ArticleView, url: string): Record<string, unknown> {
  const { data, translation } = article;
  const published = data.origin.published;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title.ar,
    inLanguage: data.lang,
    description: data.origin.reports,
    url,
    ...(data.origin.outlet ? { publisher: { '@type': 'Organization', name: data.origin.outlet } } : {}),
    ...(published && !published.inferred ? { datePublished: isoDate(published.date) } : {}),
    ...(translation
      ? {
          workTranslation: {
            '@type': 'Article',
            headline: translation.title,
            inLanguage: translation.lang,
            url,
            translator: { '@type': 'Organization', name: translation.translator },
            translationOfWork: { '@type': 'NewsArticle', headline: data.title.ar, inLanguage: data.lang },
          },
        }
      : {}),
  };
}
