// What a search costs a reader: bytes over the network before any search, for a first
// query and for a second one, and the time from query to results. Every phase runs in a
// fresh browser context (empty cache), as a first visit would.
import { newContext } from './browser.mjs';
import { askDefault } from './runners.mjs';

/** Code a reader should not download before searching: Pagefind, the search index, search scripts. */
const SEARCH_CODE = /\/pagefind\/|\/search-data\/|\/search\/|search[-_.]?(page|client|find|results)|pagefind|\/find\.[\w-]*\.js/i;

/** Records every request of a page (dedicated workers' included) with the phase it started in. */
function trackRequests(page) {
  const entries = [];
  const byRequest = new Map();
  const pending = [];
  let phase = 'before';
  page.on('request', (request) => {
    const entry = { phase, url: request.url(), bytes: 0, body: 0, status: null };
    entries.push(entry);
    byRequest.set(request, entry);
  });
  const finish = (request, failed) => {
    const entry = byRequest.get(request);
    if (!entry) return;
    pending.push(
      (async () => {
        try {
          // Encoded (compressed) body plus response headers: what crossed the network.
          const sizes = await request.sizes();
          entry.body = sizes.responseBodySize;
          entry.bytes = sizes.responseHeadersSize + sizes.responseBodySize;
          entry.status = failed ? 'failed' : ((await request.response())?.status() ?? null);
        } catch {
          entry.status = failed ? 'failed' : 'unknown';
        }
      })(),
    );
  };
  page.on('requestfinished', (request) => finish(request, false));
  page.on('requestfailed', (request) => finish(request, true));
  return {
    set phase(value) {
      phase = value;
    },
    async settle(page, quietMs = 500) {
      await page.waitForLoadState('networkidle').catch(() => {});
      await page.waitForTimeout(quietMs);
      await Promise.race([Promise.all(pending), page.waitForTimeout(5_000)]);
      // Playwright reports a dedicated worker's own script with an empty body; the document's
      // Resource Timing has its transfer size (encoded body plus headers).
      const timings = await page
        .evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name, e.transferSize]))
        .catch(() => []);
      const transfer = new Map(timings);
      for (const entry of entries) {
        if (entry.status === 200 && entry.body === 0 && transfer.get(entry.url) > 0) {
          entry.bytes = transfer.get(entry.url);
          entry.body = -1; // patched, do not patch twice
        }
      }
    },
    summary(name) {
      const list = entries.filter((entry) => entry.phase === name);
      return {
        bytes: list.reduce((sum, entry) => sum + entry.bytes, 0),
        requests: list.length,
        urls: list.map((entry) => ({ url: new URL(entry.url).pathname + new URL(entry.url).search, bytes: entry.bytes, status: entry.status })),
      };
    },
  };
}

// Records, in every document of the context, when #search-results changes data-state and
// when an input or submit event happens, in wall-clock milliseconds.
const OBSERVER = `
  window.__bench = { states: [], inputs: [] };
  const at = () => performance.timeOrigin + performance.now();
  document.addEventListener('input', () => window.__bench.inputs.push(at()), true);
  document.addEventListener('submit', () => window.__bench.inputs.push(at()), true);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.target.id === 'search-results' && record.attributeName === 'data-state') {
        window.__bench.states.push({ state: record.target.getAttribute('data-state'), at: at() });
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Waits until #search-results has settled on done/empty after `since`, then returns when it did. */
async function settledAfter(page, since, timeout = 20_000) {
  await page.waitForFunction(
    (t) => {
      const el = document.querySelector('#search-results');
      const now = el?.getAttribute('data-state');
      const states = window.__bench?.states ?? [];
      return ['done', 'empty', 'error'].includes(now ?? '') && states.some((s) => s.at >= t && ['done', 'empty', 'error'].includes(s.state));
    },
    since,
    { timeout, polling: 20 },
  );
  await page.waitForTimeout(300); // a late second render would show up as a later state change
  return page.evaluate((t) => {
    const settled = (window.__bench?.states ?? []).filter((s) => s.at >= t && ['done', 'empty', 'error'].includes(s.state));
    const last = settled[settled.length - 1];
    return { at: last.at, state: last.state, count: document.querySelectorAll('#search-results > li.search-result').length };
  }, since);
}

/** This site: article page, header field + submit (navigates to /search/?q=), then typing in #search-input. */
export async function siteCost(browser, origin, { slug, first, second, more }) {
  const context = await newContext(browser);
  await context.addInitScript(OBSERVER);
  const page = await context.newPage();
  const requests = trackRequests(page);
  try {
    await page.goto(`${origin}articles/${slug}/`, { waitUntil: 'load' });
    await requests.settle(page);

    requests.phase = 'first';
    const header = page.locator('header form[role="search"] input[name="q"], #site-search').first();
    await header.fill(first);
    const submittedAt = Date.now();
    await header.press('Enter');
    await page.waitForURL(/\/search\/\?/, { timeout: 20_000 });
    const firstDone = await settledAfter(page, submittedAt);
    await requests.settle(page);

    const typed = async (query) => {
      const input = page.locator('#search-input');
      await input.fill(query);
      const inputAt = await page.evaluate(() => window.__bench.inputs[window.__bench.inputs.length - 1]);
      const done = await settledAfter(page, inputAt);
      return { query, ms: done.at - inputAt, state: done.state, results: done.count };
    };
    requests.phase = 'second';
    const secondRun = await typed(second);
    await requests.settle(page);

    requests.phase = 'more';
    const runs = [secondRun];
    for (const query of more) runs.push(await typed(query));
    await requests.settle(page);

    const before = requests.summary('before');
    return {
      before: { ...before, searchCode: before.urls.filter((entry) => SEARCH_CODE.test(entry.url)).map((entry) => entry.url) },
      firstQuery: { query: first, ...requests.summary('first'), ms: firstDone.at - submittedAt, state: firstDone.state, results: firstDone.count },
      secondQuery: { query: second, ...requests.summary('second'), ms: secondRun.ms, state: secondRun.state, results: secondRun.results },
      laterQueries: requests.summary('more'),
      typedQueries: runs,
      medianMs: median(runs.map((run) => run.ms)),
    };
  } finally {
    await context.close();
  }
}

/** Pagefind default: the article page of the default variant, then pagefind.js's own API. */
export async function defaultCost(browser, origin, { slug, first, second, more }) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const requests = trackRequests(page);
  try {
    await page.goto(`${origin}articles/${slug}/`, { waitUntil: 'load' });
    await requests.settle(page);
    requests.phase = 'first';
    const firstRun = await askDefault(page, first);
    await requests.settle(page);
    requests.phase = 'second';
    const secondRun = await askDefault(page, second);
    await requests.settle(page);
    requests.phase = 'more';
    const runs = [{ query: second, ms: secondRun.ms }];
    for (const query of more) runs.push({ query, ms: (await askDefault(page, query)).ms });
    await requests.settle(page);
    const before = requests.summary('before');
    return {
      before: { ...before, searchCode: before.urls.filter((entry) => SEARCH_CODE.test(entry.url)).map((entry) => entry.url) },
      firstQuery: { query: first, ...requests.summary('first'), ms: firstRun.ms },
      secondQuery: { query: second, ...requests.summary('second'), ms: secondRun.ms },
      laterQueries: requests.summary('more'),
      typedQueries: runs,
      medianMs: median(runs.map((run) => run.ms)),
    };
  } finally {
    await context.close();
  }
}
