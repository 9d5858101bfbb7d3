import { describe, expect, it } from 'vitest';
import { articleNavigation, languageListingRoot, languagesOf, listingPageSize, listingPathOf, neighbours, paginate } from '../../../src/lib/listing.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('paginate', () => {
  it('shows twenty articles a page', () => {
    expect(listingPageSize).toBe(20);
  });

  it('makes one empty first page of an empty listing, so the listing page always exists', () => {
    expect(paginate([], '')).toEqual([{ number: 1, count: 1, items: [], path: '', previous: undefined, next: undefined }]);
  });

  it('puts one article on one page with no links to others', () => {
    expect(paginate(['كوريا الشمالية وروسيا'], '')).toEqual([{ number: 1, count: 1, items: ['كوريا الشمالية وروسيا'], path: '', previous: undefined, next: undefined }]);
  });

  it('puts twenty articles on one page', () => {
    const pages = paginate(numbers(20), '');
    expect(pages).toHaveLength(1);
    expect(pages[0]?.items).toEqual(numbers(20));
    expect(pages[0]?.next).toBeUndefined();
  });

  it('puts the twenty-first article on a second page, linked both ways', () => {
    const pages = paginate(numbers(21), '');
    expect(pages.map(({ number, count, path, previous, next }) => ({ number, count, path, previous, next }))).toEqual([
      { number: 1, count: 2, path: '', previous: undefined, next: 'page/2/' },
      { number: 2, count: 2, path: 'page/2/', previous: '', next: undefined },
    ]);
    expect(pages[1]?.items).toEqual([21]);
  });

  it('puts every article on exactly one page, in order', () => {
    const pages = paginate(numbers(61), 'languages/ar/');
    expect(pages.flatMap((page) => page.items)).toEqual(numbers(61));
    expect(pages.map((page) => page.path)).toEqual(['languages/ar/', 'languages/ar/page/2/', 'languages/ar/page/3/', 'languages/ar/page/4/']);
    expect(pages[2]).toMatchObject({ previous: 'languages/ar/page/2/', next: 'languages/ar/page/4/' });
  });

  it('cuts pages at the size it is given', () => {
    expect(paginate(numbers(5), '', 2).map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe('listingPathOf', () => {
  it('finds the first twenty articles on the first page and the twenty-first on the second', () => {
    expect(listingPathOf(0, '')).toBe('');
    expect(listingPathOf(19, '')).toBe('');
    expect(listingPathOf(20, '')).toBe('page/2/');
    expect(listingPathOf(40, 'languages/ar/')).toBe('languages/ar/page/3/');
  });

  it('agrees with paginate on the page of every article', () => {
    const pages = paginate(numbers(45), 'languages/ar/');
    for (const page of pages) for (const item of page.items) expect(listingPathOf(item - 1, 'languages/ar/')).toBe(page.path);
  });
});

describe('neighbours', () => {
  const titles = ['الأحدث', 'الأوسط', 'الأقدم'];

  it('gives the first article no newer one', () => {
    expect(neighbours(titles, 0)).toEqual({ newer: undefined, older: 'الأوسط' });
  });

  it('gives a middle article both', () => {
    expect(neighbours(titles, 1)).toEqual({ newer: 'الأحدث', older: 'الأقدم' });
  });

  it('gives the last article no older one', () => {
    expect(neighbours(titles, 2)).toEqual({ newer: 'الأوسط', older: undefined });
  });

  it('gives a lone article neither', () => {
    expect(neighbours(['وحيد'], 0)).toEqual({ newer: undefined, older: undefined });
  });
});

describe('articleNavigation', () => {
  const article = (n: number, lang: string) => ({ path: `articles/a${n}/`, lang, title: `مقال ${n}` });

  it('links each article to its newer and older neighbours across languages', () => {
    const navigation = articleNavigation([article(1, 'ar'), article(2, 'fa'), article(3, 'ar')]);
    expect(navigation.map(({ newer, older }) => [newer?.path, older?.path])).toEqual([
      [undefined, 'articles/a2/'],
      ['articles/a1/', 'articles/a3/'],
      ['articles/a2/', undefined],
    ]);
    expect(navigation[1]?.newer).toEqual({ path: 'articles/a1/', title: 'مقال 1' });
  });

  it('names the page of the whole listing and of its language’s listing that holds each article', () => {
    // 25 Arabic articles with one Persian article fifth: the Persian one is first in its language.
    const articles = numbers(26).map((n) => article(n, n === 5 ? 'fa' : 'ar'));
    const navigation = articleNavigation(articles);
    expect(navigation[0]).toMatchObject({ listing: '', language: 'languages/ar/' });
    expect(navigation[4]).toMatchObject({ listing: '', language: 'languages/fa/' });
    // The 21st article overall is only the 20th Arabic one.
    expect(navigation[20]).toMatchObject({ listing: 'page/2/', language: 'languages/ar/' });
    expect(navigation[21]).toMatchObject({ listing: 'page/2/', language: 'languages/ar/page/2/' });
  });

  it('gives nothing for an empty listing', () => {
    expect(articleNavigation([])).toEqual([]);
  });
});

describe('languagesOf', () => {
  it('lists the source languages, most articles first, each with its listing and count', () => {
    const items = [{ lang: 'fa' }, { lang: 'ar' }, { lang: 'ar' }, { lang: 'ur' }, { lang: 'ar' }, { lang: 'fa' }];
    expect(languagesOf(items)).toEqual([
      { lang: 'ar', path: 'languages/ar/', count: 3 },
      { lang: 'fa', path: 'languages/fa/', count: 2 },
      { lang: 'ur', path: 'languages/ur/', count: 1 },
    ]);
  });

  it('orders languages with as many articles by their tag', () => {
    expect(languagesOf([{ lang: 'ur' }, { lang: 'ar' }, { lang: 'fa' }]).map((each) => each.lang)).toEqual(['ar', 'fa', 'ur']);
  });

  it('gives the listing root of a language', () => {
    expect(languageListingRoot('ar')).toBe('languages/ar/');
  });
});
