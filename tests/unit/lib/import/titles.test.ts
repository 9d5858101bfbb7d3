import { describe, expect, it } from 'vitest';
import type { NewArticleRequest } from '../../../../src/lib/import/arguments.ts';
import { articleTitles, workingTitle } from '../../../../src/lib/import/titles.ts';
import type { SourceLine } from '../../../../src/lib/source-text.ts';

const request: NewArticleRequest = {
  file: 'treaty.txt',
  slug: 'north-korea-russia-treaty',
  lang: 'ar',
  titleSource: undefined,
  titleEn: undefined,
  description: undefined,
  translator: 'Test',
  published: '2026-12-01',
  headings: { by: 'rule' },
  dryRun: false,
};
const withHeadline: SourceLine[] = [
  { line: 1, text: 'كوريا الشمالية وروسيا تتعهدان بالدعم العسكري' },
  { line: 2, text: 'قالت وسائل الإعلام الكورية الشمالية اليوم الخميس.' },
];

describe('articleTitles', () => {
  it('keeps the titles the author gives', () => {
    expect(articleTitles({ ...request, titleSource: 'معاهدة', titleEn: 'The treaty' }, withHeadline, [])).toEqual({ titles: { source: 'معاهدة', english: 'The treaty', derived: [] } });
  });

  it("takes the source title from the text's headline and says so", () => {
    const { titles } = articleTitles({ ...request, titleEn: 'The treaty' }, withHeadline, [1]);
    expect(titles).toEqual({ source: 'كوريا الشمالية وروسيا تتعهدان بالدعم العسكري', english: 'The treaty', derived: ["the source title is line 1, the text's headline: كوريا الشمالية وروسيا تتعهدان بالدعم العسكري"] });
  });

  it('asks for the source title when line 1 is not a heading', () => {
    const { problem } = articleTitles(request, withHeadline, []);
    expect(problem).toMatchObject({ file: 'npm run new-article', where: '--title-source', problem: 'is missing, and treaty.txt has no headline to take it from (line 1 is not a heading)' });
  });

  it('makes a working English title from the slug and says so', () => {
    const { titles } = articleTitles({ ...request, titleSource: 'معاهدة' }, withHeadline, []);
    expect(titles?.english).toBe('North korea russia treaty');
    expect(titles?.derived).toEqual(['the English title is a working title made from the slug: North korea russia treaty']);
  });

  it('writes the slug as words', () => {
    expect(workingTitle('vietnam-visit-2024')).toBe('Vietnam visit 2024');
  });
});
