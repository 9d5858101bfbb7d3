// How each system is asked a query, and how its answer becomes a ranked list of addresses.

const SETTLED = ['done', 'empty', 'error'];

/**
 * This site: open /search/?q=…, wait for #search-results[data-state] to settle, press
 * "Show more results" until every result is listed (the page shows 20 at a time), and read
 * the addresses of `li.search-result` in rank order (an address given twice counts once).
 */
export async function askSite(page, origin, query, { slug, timeout = 20_000 } = {}) {
  const started = Date.now();
  await page.goto(`${origin}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'domcontentloaded' });
  try {
    await page.waitForFunction(
      (states) => states.includes(document.querySelector('#search-results')?.getAttribute('data-state') ?? ''),
      SETTLED,
      { timeout, polling: 25 },
    );
    for (let page_ = 0; page_ < 50 && (await page.locator('#search-more').isVisible()); page_++) {
      const listed = await page.locator('#search-results > li.search-result').count();
      await page.locator('#search-more').click();
      await page.waitForFunction(
        ([states, before]) =>
          states.includes(document.querySelector('#search-results')?.getAttribute('data-state') ?? '') &&
          document.querySelectorAll('#search-results > li.search-result').length > before,
        [SETTLED, listed],
        { timeout, polling: 25 },
      );
    }
  } catch {
    return { state: 'timeout', addresses: [], rows: [], ms: Date.now() - started };
  }
  const { state, rows } = await page.evaluate(() => ({
    state: document.querySelector('#search-results')?.getAttribute('data-state'),
    rows: [...document.querySelectorAll('#search-results > li.search-result')].map((li) => ({
      address: li.getAttribute('data-address') ?? '',
      article: li.getAttribute('data-article') ?? '',
    })),
  }));
  // Another article's block is never what this query set expects; keep it distinct so it counts as wrong.
  const addresses = [...new Set(rows.map((row) => (!slug || !row.article || row.article === slug ? row.address : `${row.article}#${row.address}`)))];
  return { state, addresses, rows, ms: Date.now() - started };
}

/**
 * Pagefind default, run in a page of the default variant (the article page, so its DOM can
 * say which address every anchor lies in). Each matched word location belongs to the nearest
 * anchor at or before it; that anchor stands for the paragraph pair, heading pair or note
 * that contains it (an id'd element inside a note, such as its title, stands for the note).
 * Words under no address (page header, notes overview, other pages) hit no address.
 */
export async function askDefault(page, query) {
  return page.evaluate(async (q) => {
    const t0 = performance.now();
    const pf = (window.__benchPagefind ??= await import('/pagefind/pagefind.js'));
    if (!window.__benchPagefindReady) {
      await pf.init();
      window.__benchPagefindReady = true;
    }
    const search = await pf.search(q);
    const datas = await Promise.all((search?.results ?? []).map((result) => result.data()));
    const ms = performance.now() - t0;
    const here = location.pathname;
    const addressOf = (id) => {
      const element = document.getElementById(id);
      const holder = element?.closest('article.note[id], .pair[id]');
      return holder ? holder.id : null;
    };
    const order = [];
    const pages = [];
    for (const data of datas) {
      const path = new URL(data.url, location.href).pathname;
      const anchors = [...(data.anchors ?? [])].sort((a, b) => a.location - b.location);
      const locations = [...(data.locations ?? [])].sort((a, b) => a - b);
      const hits = [];
      for (const location of locations) {
        let anchor = null;
        for (const candidate of anchors) {
          if (candidate.location <= location) anchor = candidate;
          else break;
        }
        const address = path === here && anchor ? addressOf(anchor.id) : null;
        hits.push({ location, anchor: anchor?.id ?? null, address });
        if (address && !order.includes(address)) order.push(address);
      }
      pages.push({ url: data.url, words: locations.length, addressed: hits.filter((hit) => hit.address).length });
    }
    return { state: 'done', addresses: order, pages, ms };
  }, query);
}
