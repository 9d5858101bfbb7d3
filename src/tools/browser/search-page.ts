// Drives the site's search page through the DOM contract it keeps whatever its internals:
// `#search-input`, `#search-results[data-state=idle|loading|done|empty|error]`,
// `li.search-result[data-address][data-article][data-kind][data-sides]` and `#search-more`.
// Nothing here knows the search page's files, index layout or client code.
import type { BrowserContext, Page } from '@playwright/test';

export const searchInput = '#search-input';
export const searchResults = '#search-results';
export const searchResult = `${searchResults} li.search-result`;
export const searchMore = '#search-more';
const settledStates = ['done', 'empty', 'error'];

interface SearchClock {
  /** Wall-clock times (ms) of input and submit events. */
  inputs: number[];
  /** Every change of the results' data-state, with its wall-clock time. */
  states: { state: string; at: number }[];
}

declare global {
  interface Window {
    searchClock?: SearchClock;
  }
}

/**
 * Makes every page of `context` record when the reader types and when the results change
 * state, in the page itself, so that timings do not include the benchmark's own latency.
 */
export async function observeSearch(context: BrowserContext): Promise<void> {
  await context.addInitScript((resultsSelector: string) => {
    const clock: SearchClock = { inputs: [], states: [] };
    window.searchClock = clock;
    const now = () => performance.timeOrigin + performance.now();
    document.addEventListener('input', () => clock.inputs.push(now()), true);
    document.addEventListener('submit', () => clock.inputs.push(now()), true);
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.target instanceof Element && record.target.matches(resultsSelector) && record.attributeName === 'data-state') {
          clock.states.push({ state: record.target.getAttribute('data-state') ?? '', at: now() });
        }
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  }, searchResults);
}

/** The results show a final state (done, empty or error). */
export async function searchSettled(page: Page): Promise<boolean> {
  const state = await page.locator(searchResults).getAttribute('data-state', { timeout: 1000 }).catch(() => null);
  return settledStates.includes(state ?? '');
}

export interface Settled {
  state: string;
  /** Wall-clock time the results reached that state. */
  at: number;
  /** Results listed. */
  count: number;
}

/**
 * Waits for the results to reach a final state after `since` (wall-clock ms), then a little
 * longer, since a late second render would show up as a later change; returns the last one.
 * A page opened with its query may already show the final state when it first runs, so for
 * it (`changed: false`) a final state counts whether or not it was reached after `since`.
 */
export async function settledAfter(page: Page, since: number, { timeout = 20_000, changed = true } = {}): Promise<Settled> {
  await page.waitForFunction(
    ({ t, selector, final, needChange }) => {
      const now = document.querySelector(selector)?.getAttribute('data-state') ?? '';
      return final.includes(now) && (!needChange || (window.searchClock?.states ?? []).some((change) => change.at >= t && final.includes(change.state)));
    },
    { t: since, selector: searchResults, final: settledStates, needChange: changed },
    { timeout, polling: 20 },
  );
  await page.waitForTimeout(300);
  return page.evaluate(
    ({ t, selector, final, resultSelector }) => {
      const last = (window.searchClock?.states ?? []).filter((change) => change.at >= t && final.includes(change.state)).at(-1);
      const state = last?.state ?? document.querySelector(selector)?.getAttribute('data-state') ?? 'unknown';
      return { state, at: last?.at ?? performance.timeOrigin + performance.now(), count: document.querySelectorAll(resultSelector).length };
    },
    { t: since, selector: searchResults, final: settledStates, resultSelector: searchResult },
  );
}

/** Opens the search page with a query in the URL (as the header's search form does); times it from navigation start. */
export async function openSearch(page: Page, origin: string, query: string): Promise<Settled & { ms: number }> {
  await page.goto(`${origin}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'domcontentloaded' });
  const navigationStart = await page.evaluate(() => performance.timeOrigin);
  const settled = await settledAfter(page, navigationStart, { changed: false });
  return { ...settled, ms: settled.at - navigationStart };
}

export interface TypedQuery {
  query: string;
  /** From the input event to the results' final state. */
  ms: number;
  state: string;
  results: number;
}

/** Types a new query into the search field (replacing the old one) and times it to results. */
export async function typeQuery(page: Page, query: string): Promise<TypedQuery> {
  await page.locator(searchInput).fill(query);
  const inputAt = await page.evaluate(() => window.searchClock?.inputs.at(-1) ?? performance.timeOrigin + performance.now());
  const done = await settledAfter(page, inputAt);
  return { query, ms: done.at - inputAt, state: done.state, results: done.count };
}

export interface ResultRow {
  address: string;
  article: string;
  kind: string;
  sides: string;
}

/** Presses "more results" until every result is listed, then reads them in rank order. */
export async function readAllResults(page: Page, { timeout = 20_000, maxPages = 50 } = {}): Promise<ResultRow[]> {
  for (let shown = 0; shown < maxPages && (await page.locator(searchMore).isVisible()); shown++) {
    const listed = await page.locator(searchResult).count();
    await page.locator(searchMore).click();
    await page.waitForFunction(
      ({ selector, resultSelector, final, before }) => final.includes(document.querySelector(selector)?.getAttribute('data-state') ?? '') && document.querySelectorAll(resultSelector).length > before,
      { selector: searchResults, resultSelector: searchResult, final: settledStates, before: listed },
      { timeout, polling: 25 },
    );
  }
  return page.locator(searchResult).evaluateAll((items) =>
    items.map((item) => ({
      address: item.getAttribute('data-address') ?? '',
      article: item.getAttribute('data-article') ?? '',
      kind: item.getAttribute('data-kind') ?? '',
      sides: item.getAttribute('data-sides') ?? '',
    })),
  );
}
