// The part of Pagefind's browser API this site uses. Pagefind is loaded from the built
// site at run time (it is generated after the bundle), so it is typed here by hand. Only
// search() is called: a result's id and word positions are all the site needs, so Pagefind's
// fragments (result.data()) are neither loaded nor published.
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words among the article's index words. */
  words: number[];
}

interface PagefindModule {
  options: (options: { basePath?: string; baseUrl?: string; noWorker?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<PagefindModule> | undefined;

/** Loads Pagefind once, on the first search. */
export function loadPagefind(base: string): Promise<PagefindModule> {
  loading ??= (async () => {
    const module: PagefindModule = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    // One index for the whole site: a worker would cost a request and a start-up for nothing.
    await module.options({ basePath: `${base}pagefind/`, baseUrl: '/', noWorker: true });
    await module.init();
    return module;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
