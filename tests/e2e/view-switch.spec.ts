import { expect, test, type Page } from '@playwright/test';
import { articlePath } from './support';

function displays(page: Page, side: 'src' | 'tr') {
  return page.locator(`div.pair > .pair__${side}`).evaluateAll((elements) => elements.map((element) => getComputedStyle(element).display));
}

test('with JavaScript the layout choice is remembered across a reload', async ({ page }) => {
  await page.goto(articlePath);
  await expect(page.locator('input[name="view"][value="both"]')).toBeChecked();

  await page.locator('view-switch label').filter({ has: page.locator('input[value="translation"]') }).click();
  await expect(page.locator('input[name="view"][value="translation"]')).toBeChecked();
  expect(new Set(await displays(page, 'src'))).toEqual(new Set(['none']));

  await page.reload();
  await expect(page.locator('input[name="view"][value="translation"]')).toBeChecked();
  await expect.poll(async () => [...new Set(await displays(page, 'src'))]).toEqual(['none']);
  expect(await displays(page, 'tr')).not.toContain('none');

  // Back to both, and that too survives a reload.
  await page.locator('view-switch label').filter({ has: page.locator('input[value="both"]') }).click();
  await page.reload();
  await expect(page.locator('input[name="view"][value="both"]')).toBeChecked();
  expect(await displays(page, 'src')).not.toContain('none');
  expect(await displays(page, 'tr')).not.toContain('none');
});

test('a fresh visitor sees both languages', async ({ page }) => {
  await page.goto(articlePath);
  await expect(page.locator('input[name="view"][value="both"]')).toBeChecked();
  await expect(page.locator('input[name="view"]')).toHaveCount(3);
  expect(await displays(page, 'src')).not.toContain('none');
  expect(await displays(page, 'tr')).not.toContain('none');
});
