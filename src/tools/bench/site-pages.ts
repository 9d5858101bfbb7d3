// What each page type costs a first visit (page-weight.ts), with gzip as static hosts often
// serve it and, for comparison, with brotli; the bare hand-written page is the lower bound.
import type { Browser } from '@playwright/test';
import { weighPage, type PageWeight } from '../browser/page-weight.ts';
import type { SettleOptions } from '../browser/requests.ts';
import { searchSettled } from '../browser/search-page.ts';
import { commonWord } from './scale-pages.ts';

export interface PageSpec {
  name: string;
  path: string;
  ready?: SettleOptions['ready'];
}

export type MeasuredPage = { name: string; path: string } & ((PageWeight & { transferredBrotli: number }) | { error: string });

/** The page types of the site, for its one real article. */
export function sitePages(slug: string): PageSpec[] {
  return [
    { name: 'home', path: '' },
    { name: 'article', path: `articles/${slug}/` },
    { name: `search ?q=${commonWord}`, path: `search/?q=${encodeURIComponent(commonWord)}`, ready: searchSettled },
    { name: 'about', path: 'about/' },
    { name: '404', path: '404.html' },
  ];
}

export async function measurePage(browser: Browser, origin: string, spec: PageSpec): Promise<MeasuredPage> {
  const options = spec.ready ? { ready: spec.ready } : {};
  try {
    const gzip = await weighPage(browser, `${origin}${spec.path}`, { encoding: 'gzip', ...options });
    const brotli = await weighPage(browser, `${origin}${spec.path}`, { encoding: 'br', ...options });
    return { name: spec.name, path: spec.path, ...gzip, transferredBrotli: brotli.transferred };
  } catch (error) {
    return { name: spec.name, path: spec.path, error: error instanceof Error ? error.message : String(error) };
  }
}
