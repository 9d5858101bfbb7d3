import { expect, type Page, test } from '@playwright/test';
import { articlePath } from './support';

async function searchFor(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', /^(done|empty|error)$/);
}

const addresses = (page: Page) => page.locator('#search-results > li.search-result').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['address']));

test('a linked search shows its results, each first link pointing at a paragraph or note address', async ({ page }) => {
  await searchFor(page, 'معاهده');
  await expect(page.locator('#search-input')).toHaveValue('معاهده');
  const items = page.locator('#search-results > li.search-result');
  expect(await items.count()).toBeGreaterThan(3);
  const hrefs = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('a')?.getAttribute('href')));
  for (const href of hrefs) expect(href).toMatch(new RegExp(`/${articlePath}#(p\\d+|note-[a-z0-9-]+|[^#]+)$`));
  expect(await addresses(page)).toEqual(expect.arrayContaining(['p2', 'p3', 'p4', 'p6', 'p7', 'p8']));
  await expect(page.locator('#search-status')).toHaveText(/\d+ results for “معاهده”/);
});

test('Arabic spelling variants find the text as written: hamza, ta marbuta, prefixes, Persian letters, digits', async ({ page }) => {
  await searchFor(page, 'اكد');
  expect(await addresses(page)).toContain('p11');
  await searchFor(page, 'کوریا');
  expect(await addresses(page)).toEqual(expect.arrayContaining(['p1', 'p2', 'p3']));
  await searchFor(page, '٥١');
  expect(await addresses(page)).toEqual(expect.arrayContaining(['p3', 'p5']));
  await searchFor(page, 'فيتنام');
  expect(await addresses(page)).toContain('p1');
});

test('the article’s text ranks above a note that matches as much, and a note on a found paragraph is shown under it', async ({ page }) => {
  await searchFor(page, 'فيتنام');
  const results = page.locator('#search-results > li.search-result');
  const firstTen = (await addresses(page)).slice(0, 10);
  // p1 says فيتنام itself; the note about the stray ellipsis before it once came first and
  // pushed paragraphs that say فيتنام off the first ten.
  expect(firstTen[0]).toBe('p1');
  expect(firstTen).toEqual(expect.arrayContaining(['p15', 'p16', 'p17']));
  await expect(results.nth(1)).toHaveAttribute('data-address', 'note-p1-stray-ellipsis');
  await expect(results.nth(1)).toHaveClass(/search-result--under/);
  await expect(results.first()).not.toHaveClass(/search-result--under/);
  // Under its paragraph, a note is indented as part of that result.
  const indent = await results.nth(1).evaluate((item) => getComputedStyle(item).marginInlineStart);
  expect(parseFloat(indent)).toBeGreaterThan(0);
});

test('a finished word finds itself and the endings the stemmer keeps, not longer words that begin with it', async ({ page }) => {
  await searchFor(page, 'الامر');
  expect(new Set(await addresses(page))).toEqual(new Set(['p12', 'note-p12-inspired']));
  await searchFor(page, 'فيتنام');
  // الفيتنامي (p16) and الفيتنامية (p19, p20) are فيتنام with a nisba ending.
  expect(await addresses(page)).toEqual(expect.arrayContaining(['p16', 'p19', 'p20']));
});

test('a search fetches the index words it needs and one search document per article, never Pagefind’s fragments', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await searchFor(page, 'فيتنام');
  await page.locator('#search-input').fill('Putin');
  await expect(page.locator('#search-status')).toHaveText(/for “Putin”/);
  expect(fetched.filter((path) => path.includes('/pagefind/fragment/'))).toEqual([]);
  expect(fetched.filter((path) => path.includes('/search-data/'))).toHaveLength(1);
});

test('a quoted phrase finds only text with the words together and in order', async ({ page }) => {
  await searchFor(page, '"الأمم المتحدة"');
  const found = await addresses(page);
  expect(found).toEqual(expect.arrayContaining(['p3', 'p5']));
  expect(found).not.toContain('p1');
});

test('a result lands on its paragraph with the matched words highlighted', async ({ page }) => {
  await searchFor(page, 'اكد');
  await page.locator('#search-results li[data-address="p11"] a').first().click();
  await expect(page).toHaveURL(new RegExp(`${articlePath}#p11$`));
  const marks = page.locator('div.pair[id="p11"] mark.search-hit');
  await expect(marks).toHaveText(['وأكد', 'وأكد']);
});

test('the URL follows the query, and back and forward restore earlier searches', async ({ page }) => {
  await searchFor(page, 'بوتين');
  await page.locator('#search-input').fill('Hanoi');
  // Typed, then submitted after the results came as-you-type: still one new history entry.
  await expect(page.locator('#search-status')).toHaveText(/for “Hanoi”/);
  await page.locator('#search-input').press('Enter');
  await expect(page).toHaveURL(/\?q=Hanoi$/);
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  await page.goBack();
  await expect(page.locator('#search-input')).toHaveValue('بوتين');
  await expect(page.locator('#search-status')).toHaveText(/for “بوتين”/);
  await page.goForward();
  await expect(page.locator('#search-input')).toHaveValue('Hanoi');
});

test('typing a query keystroke by keystroke adds one history entry, not one per key', async ({ page }) => {
  await searchFor(page, 'بوتين');
  await page.locator('#search-input').fill('');
  await page.locator('#search-input').pressSequentially('Hanoi', { delay: 200 });
  await expect(page.locator('#search-status')).toHaveText(/for “Hanoi”/);
  await page.goBack();
  await expect(page.locator('#search-input')).toHaveValue('بوتين');
});

test('filters narrow results to one language or to notes', async ({ page }) => {
  await searchFor(page, 'Putin');
  await page.getByLabel('Notes', { exact: true }).check();
  await expect(page).toHaveURL(/kind=note/);
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  const kinds = await page.locator('#search-results > li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['kind']));
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(['note']));
});

for (const [from, name] of [
  [articlePath, 'the Arabic article page'],
  ['about/', 'an English page'],
] as const) {
  test(`the header search works across languages from ${name}`, async ({ page }) => {
    for (const [query, expected] of [
      ['الكرملين بوتين', undefined],
      ['Pyongyang', 'p2'],
      ['بيونغ يانغ', 'p2'],
    ] as const) {
      await page.goto(from);
      await page.locator('#site-search').fill(query);
      await page.locator('#site-search').press('Enter');
      await expect(page.locator('#search-results')).toHaveAttribute('data-state', /^(done|empty)$/);
      if (expected) expect(await addresses(page)).toContain(expected);
    }
  });
}

test('Ctrl+K moves to the search field; no single-key shortcut is taken', async ({ page }) => {
  await page.goto(articlePath);
  await page.keyboard.press('k');
  await expect(page.locator('#site-search')).not.toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(page.locator('#site-search')).toBeFocused();
});

test('on the search page Ctrl+K moves to the page’s own search field', async ({ page }) => {
  await searchFor(page, 'بوتين');
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await expect(page.locator('#search-input')).toBeFocused();
  await expect(page.locator('#site-search')).toHaveCount(0);
});

test('the search page runs one script of its own, with the site’s script inside it', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await searchFor(page, 'بوتين');
  // Its own bundle first, then only Pagefind's code: not the file every other page shares.
  expect(scripts[0]).toMatch(/\/scripts\/search-page\.js$/);
  expect(scripts.filter((path) => !/\/pagefind\//.test(path))).toEqual([scripts[0]]);
});

test('no search code or index is fetched until a search starts', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(articlePath);
  await page.locator('#site-search').focus();
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => /pagefind|search-data|scripts\/search-page/.test(path))).toEqual([]);
});

test('markup and script in ?q= are shown as text, never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const payload of ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '"><svg onload=alert(3)>', 'بوتين<b>bold</b>']) {
    await searchFor(page, payload);
    await expect(page.locator('#search-status')).toContainText(payload.slice(0, 20));
    expect(await page.locator('#search-results img, #search-results svg, #search-results b, #search-results script').count()).toBe(0);
  }
  expect(dialogs).toEqual([]);
});

test('empty, whitespace-only, punctuation-only and 10 kB queries get a sensible answer, not an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await searchFor(page, '');
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'empty');
  await searchFor(page, '   ');
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'empty');
  await searchFor(page, '…،.“”!?');
  await expect(page.locator('#search-status')).toHaveText(/no searchable words/);
  // A 10 kB query is pasted, not linked: no server accepts a URL that long.
  await page.locator('#search-input').fill('معاهدة '.repeat(1500));
  await expect(page.locator('#search-status')).toContainText('results for');
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('#search-status')).toContainText('only the first words');
  expect(errors).toEqual([]);
});

test('when the index cannot be loaded, search says so and the page keeps working', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await searchFor(page, 'بوتين');
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'error');
  await expect(page.locator('#search-status')).toContainText('Search could not be loaded');
  await page.getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About');
});

test('search is usable by keyboard and screen reader: labelled field, announced count, results in order', async ({ page }) => {
  await page.goto('search/');
  const field = page.getByRole('searchbox', { name: 'Search the articles, translations and notes' });
  await expect(field).toBeVisible();
  await field.focus();
  await page.keyboard.type('بيونغ يانغ');
  await expect(page.getByRole('status').filter({ hasText: 'results for' })).toHaveText(/\d+ results? for “بيونغ يانغ”/);
  const firstLink = page.locator('#search-results > li a').first();
  await expect(firstLink).toBeVisible();
  // Tab from the field passes the filters, then reaches the first result.
  for (let step = 0; step < 12; step++) {
    await page.keyboard.press('Tab');
    if (await firstLink.evaluate((link) => link === document.activeElement)) break;
  }
  await expect(firstLink).toBeFocused();
});

test('without JavaScript the search page says search needs it, and the header form still opens it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(articlePath);
  await page.locator('#site-search').fill('بوتين');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/search\/\?q=/);
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  await context.close();
});

test('long result lists come a page at a time, and "Show more results" continues at the first new result', async ({ page }) => {
  await searchFor(page, 'treaty');
  const items = page.locator('#search-results > li.search-result');
  await expect(items).toHaveCount(20);
  await expect(page.locator('#search-status')).toHaveText(/^20\+ results for “treaty”/);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  expect(await items.count()).toBeGreaterThan(20);
  await expect(items.nth(20).locator('a').first()).toBeFocused();
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
});
