// The part of Pagefind's browser API this site uses. Pagefind is loaded from the built
// site at run time (it is generated after the bundle), so it is typed here by hand.
export interface PagefindFragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}

interface PagefindModule {
  options: (options: { basePath?: string; baseUrl?: string; noWorker?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<PagefindModule> | undefined;

/** Loads Pagefind once, on the first search. */
export function loadPagefind(base: string): Promise<PagefindModule> {
  loading ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
    // One small index: a worker would cost a request and a start-up for nothing. Record
    // URLs are keys (links are built from the search data), so Pagefind must not prefix them.
    await module.options({ basePath: `${base}pagefind/`, baseUrl: '/', noWorker: true });
    await module.init();
    return module;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
