/** How many articles one listing page shows. */
export const listingPageSize = 20;

export interface ListingPage<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** The page's path below the site's base: `''` for the first page of the root listing. */
  path: string;
  previous: string | undefined;
  next: string | undefined;
}

/**
 * Cuts a listing (already in order) into pages: the first at `root`, the others at
 * `<root>page/<n>/`. Every item is on exactly one page, so every article is reachable
 * from the first page by following "older" links, without JavaScript.
 */
export function paginate<T>(items: readonly T[], root: string, size = listingPageSize): ListingPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const pathOf = (number: number) => (number === 1 ? root : `${root}page/${number}/`);
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
    path: pathOf(index + 1),
    previous: index > 0 ? pathOf(index) : undefined,
    next: index + 1 < count ? pathOf(index + 2) : undefined,
  }));
}

/** The path of the listing page that holds the item at `index`. */
export function listingPathOf(index: number, root: string, size = listingPageSize): string {
  const number = Math.floor(index / size) + 1;
  return number === 1 ? root : `${root}page/${number}/`;
}

/** The root of the listing of one source language. */
export const languageListingRoot = (lang: string) => `languages/${lang}/`;

/** The items before and after `index` in a listing ordered newest first: the newer and the older one. */
export function neighbours<T>(items: readonly T[], index: number): { newer: T | undefined; older: T | undefined } {
  return { newer: index > 0 ? items[index - 1] : undefined, older: items[index + 1] };
}

interface Listed {
  path: string;
  lang: string;
  title: string;
}

export interface ArticleNavigation {
  newer: { path: string; title: string } | undefined;
  older: { path: string; title: string } | undefined;
  /** The page of the listing of all articles that holds this one. */
  listing: string;
  /** The page of its source language's listing that holds it. */
  language: string;
}

/** For each article of a listing (newest first): its neighbours and the listing pages that hold it. */
export function articleNavigation(articles: readonly Listed[]): ArticleNavigation[] {
  const positionInLanguage = new Map<string, number>();
  return articles.map((article, index) => {
    const position = positionInLanguage.get(article.lang) ?? 0;
    positionInLanguage.set(article.lang, position + 1);
    const { newer, older } = neighbours(articles, index);
    const link = (other: Listed | undefined) => other && { path: other.path, title: other.title };
    return { newer: link(newer), older: link(older), listing: listingPathOf(index, ''), language: listingPathOf(position, languageListingRoot(article.lang)) };
  });
}

/** The source languages of a listing, most articles first, each with its listing's root. */
export function languagesOf<T extends { lang: string }>(items: readonly T[]): { lang: string; path: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.lang, (counts.get(item.lang) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([lang, count]) => ({ lang, path: languageListingRoot(lang), count }));
}
