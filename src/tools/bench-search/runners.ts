// How each system is asked a query, and how its answer becomes a ranked list of addresses.
import type { Page } from '@playwright/test';
import { openSearch, readAllResults, type ResultRow } from '../browser/search-page.ts';

export interface Answer {
  /** The results' final state (done, empty, error), or timeout. */
  state: string;
  addresses: string[];
  ms: number;
}

/**
 * This site: open /search/?q=…, wait for the results to settle, show every result, and read
 * their addresses in rank order (an address given twice counts once). A result from another
 * article is never what this query set expects; it stays distinct so that it counts as wrong.
 */
export async function askSite(page: Page, origin: string, query: string, { slug }: { slug: string }): Promise<Answer & { rows: ResultRow[] }> {
  const started = Date.now();
  let state: string;
  let rows: ResultRow[];
  try {
    state = (await openSearch(page, origin, query)).state;
    rows = await readAllResults(page);
  } catch {
    return { state: 'timeout', addresses: [], rows: [], ms: Date.now() - started };
  }
  const addresses = [...new Set(rows.map((row) => (!row.article || row.article === slug ? row.address : `${row.article}#${row.address}`)))];
  return { state, addresses, rows, ms: Date.now() - started };
}

/** The parts of Pagefind's browser API the default runner uses. */
interface PagefindData {
  url: string;
  anchors?: { id: string; location: number }[];
  locations?: number[];
}
interface PagefindApi {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}
declare global {
  interface Window {
    benchPagefind?: PagefindApi;
  }
}

export interface DefaultAnswer extends Answer {
  pages: { url: string; words: number; addressed: number }[];
}

/**
 * Pagefind default, asked through pagefind.js in a page of the default variant: the article
 * page, so that its DOM says which address every anchor lies in. Each matched word location
 * belongs to the nearest anchor at or before it; that anchor stands for the nearest element
 * around it whose id is one of the article's addresses (a note inside a paragraph's notes
 * is the note). Words under no address (page header, other pages) hit no address.
 */
export function askDefault(page: Page, query: string, addresses: readonly string[]): Promise<DefaultAnswer> {
  return page.evaluate(
    async ({ q, known }) => {
      const started = performance.now();
      if (!window.benchPagefind) {
        const url = '/pagefind/pagefind.js';
        const api: PagefindApi = await import(url);
        await api.init();
        window.benchPagefind = api;
      }
      const search = await window.benchPagefind.search(q);
      const datas = await Promise.all((search?.results ?? []).map((result) => result.data()));
      const ms = performance.now() - started;
      const addressSet = new Set(known);
      const addressOf = (id: string) => {
        for (let element = document.getElementById(id); element; element = element.parentElement) {
          if (addressSet.has(element.id)) return element.id;
        }
        return null;
      };
      const here = location.pathname;
      const order: string[] = [];
      const pages: { url: string; words: number; addressed: number }[] = [];
      for (const data of datas) {
        const path = new URL(data.url, location.href).pathname;
        const anchors = [...(data.anchors ?? [])].sort((a, b) => a.location - b.location);
        const locations = [...(data.locations ?? [])].sort((a, b) => a - b);
        let addressed = 0;
        for (const at of locations) {
          const anchor = anchors.filter((candidate) => candidate.location <= at).at(-1);
          const address = path === here && anchor ? addressOf(anchor.id) : null;
          if (!address) continue;
          addressed += 1;
          if (!order.includes(address)) order.push(address);
        }
        pages.push({ url: data.url, words: locations.length, addressed });
      }
      return { state: 'done', addresses: order, pages, ms };
    },
    { q: query, known: [...addresses] },
  );
}
