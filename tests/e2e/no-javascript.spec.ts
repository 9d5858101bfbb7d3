import { expect, test, type Page } from '@playwright/test';
import { articlePath, articleUrl, pairLocator, readSource } from './support';

test.use({ javaScriptEnabled: false });

/** `display` of every source and translation side, to check the pure-CSS layout switch. */
function sideDisplays(page: Page, side: 'src' | 'tr') {
  return page.locator(`div.pair > .pair__${side}`).evaluateAll((elements) => elements.map((element) => getComputedStyle(element).display));
}

function viewLabel(page: Page, value: 'both' | 'source' | 'translation') {
  return page.locator('view-switch label').filter({ has: page.locator(`input[name="view"][value="${value}"]`) });
}

test('without JavaScript the whole article reads: 24 pairs, each with its Arabic and its English', async ({ page }) => {
  await page.goto(articlePath);
  const pairs = await page.locator('div.pair').evaluateAll((elements) =>
    elements.map((pair) => ({
      id: pair.id,
      source: pair.querySelector(':scope > .pair__src')?.textContent?.trim() ?? '',
      translation: pair.querySelector(':scope > .pair__tr')?.textContent?.trim() ?? '',
    })),
  );
  expect(pairs.map((pair) => pair.id)).toEqual(readSource().map((block) => block.id));
  for (const pair of pairs) {
    expect.soft(pair.source.length, `#${pair.id} has source text`).toBeGreaterThan(0);
    expect.soft(pair.translation.length, `#${pair.id} has an English translation`).toBeGreaterThan(0);
  }
  await expect(page.locator('.pair__src').first()).toBeVisible();
  await expect(page.locator('.pair__tr').first()).toBeVisible();
});

test('without JavaScript the layout switch still hides translations or sources', async ({ page }) => {
  await page.goto(articlePath);
  await expect(page.locator('input[name="view"][value="both"]')).toBeChecked();
  expect(await sideDisplays(page, 'tr')).not.toContain('none');
  expect(await sideDisplays(page, 'src')).not.toContain('none');

  await viewLabel(page, 'source').click();
  await expect(page.locator('input[name="view"][value="source"]')).toBeChecked();
  const hiddenTranslations = await sideDisplays(page, 'tr');
  expect(hiddenTranslations.length).toBeGreaterThan(0);
  expect(new Set(hiddenTranslations)).toEqual(new Set(['none']));
  expect(await sideDisplays(page, 'src')).not.toContain('none');

  await viewLabel(page, 'translation').click();
  expect(new Set(await sideDisplays(page, 'src'))).toEqual(new Set(['none']));
  expect(await sideDisplays(page, 'tr')).not.toContain('none');

  await viewLabel(page, 'both').click();
  expect(await sideDisplays(page, 'src')).not.toContain('none');
  expect(await sideDisplays(page, 'tr')).not.toContain('none');
});

test('without JavaScript a permalink is still a plain link that lands on its paragraph', async ({ page, baseURL }) => {
  await page.goto(articlePath);
  await pairLocator(page, 'p12').locator('a.pair__link').click();
  await expect(page).toHaveURL(articleUrl(baseURL, 'p12'));
  await expect(pairLocator(page, 'p12')).toBeInViewport();
  expect(await pairLocator(page, 'p12').evaluate((element) => element.matches(':target'))).toBe(true);
});
