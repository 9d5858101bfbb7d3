import { describe, expect, it } from 'vitest';
import { withBase } from '../../../src/lib/base-path.ts';

describe('withBase', () => {
  it('joins a path to the root base', () => {
    expect(withBase('articles/north-korea-russia-partnership-treaty/', '/')).toBe('/articles/north-korea-russia-partnership-treaty/');
  });

  it('joins a path to a sub-path base with exactly one slash between them', () => {
    expect(withBase('search/', '/annotated/')).toBe('/annotated/search/');
    expect(withBase('search/', '/annotated')).toBe('/annotated/search/');
  });

  it('drops a leading slash from the path', () => {
    expect(withBase('/search/', '/annotated/')).toBe('/annotated/search/');
  });

  it('gives the base itself for the empty path, the home page', () => {
    expect(withBase('', '/annotated/')).toBe('/annotated/');
  });

  it('keeps a fragment and a query, including Arabic ones', () => {
    expect(withBase('articles/x/#ضربات-الجزاء', '/')).toBe('/articles/x/#ضربات-الجزاء');
    expect(withBase('search/?q=بوتين', '/annotated/')).toBe('/annotated/search/?q=بوتين');
  });

  it('uses the site’s base by default, which is / without BASE_PATH', () => {
    expect(import.meta.env.BASE_URL).toBe('/');
    expect(withBase('search/')).toBe('/search/');
  });
});
