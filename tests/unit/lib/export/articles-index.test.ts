import { describe, expect, it } from 'vitest';
import { articlesIndex } from '../../../../src/lib/export/articles-index.ts';
import { exportedArticle, testSite } from './support/article.ts';
import { schemaErrors } from './support/json-validation.ts';

describe('articlesIndex', () => {
  it('lists every article with both titles, languages, edition, counts and its three data files, valid against its schema', async () => {
    const index = articlesIndex([await exportedArticle()], testSite);
    expect(schemaErrors('articles.schema.json', index)).toEqual([]);
    expect(index.$schema).toBe('https://example.org/annotated/data/schemas/articles.schema.json');
    expect(index.articles).toEqual([
      {
        slug: 'putin-in-pyongyang',
        url: 'https://example.org/annotated/articles/putin-in-pyongyang/',
        title: { source: 'بوتين في بيونغ يانغ', translation: 'Putin in Pyongyang' },
        lang: { source: 'ar', translation: 'en' },
        published: '2026-11-29',
        edition: { number: 1, date: '2026-11-29' },
        draft: false,
        paragraphCount: 2,
        noteCount: 4,
        data: {
          json: 'https://example.org/annotated/data/articles/putin-in-pyongyang.json',
          annotations: 'https://example.org/annotated/data/articles/putin-in-pyongyang.annotations.jsonld',
          tei: 'https://example.org/annotated/data/articles/putin-in-pyongyang.tei.xml',
        },
      },
    ]);
  });

  it('is an empty list, still valid, for a site without articles', () => {
    const index = articlesIndex([], testSite);
    expect(index.articles).toEqual([]);
    expect(schemaErrors('articles.schema.json', index)).toEqual([]);
  });
});
