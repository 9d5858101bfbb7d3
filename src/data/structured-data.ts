import { isoDate } from '../lib/format-date.ts';
import type { ArticleData } from '../schemas/article.ts';

/**
 * schema.org data for an article page: the source as a NewsArticle in its language, with
 * the translation as its `workTranslation`. Only what is known is stated: no publisher or
 * date when the origin does not give them (an inferred date is left out).
 */
export function articleStructuredData(article: ArticleData, url: string): Record<string, unknown> {
  const { title, source, translation, origin } = article;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title.source,
    inLanguage: source.lang,
    url,
    ...(origin.outlet ? { publisher: { '@type': 'Organization', name: origin.outlet } } : {}),
    ...(origin.date && !origin.date.inferred ? { datePublished: isoDate(origin.date.value) } : {}),
    // The translation is on the same page: it needs no url of its own.
    workTranslation: {
      '@type': 'Article',
      headline: title.translation,
      inLanguage: translation.lang,
      translator: { '@type': 'Organization', name: translation.translator },
    },
  };
}
