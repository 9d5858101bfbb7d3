import { expect, test, type Page } from '@playwright/test';
import { articlePath, articleUrl, pairLocator } from './support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function setClipboard(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
}
const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('the permalink of paragraph 7 is a real, named link to #p7', async ({ page }) => {
  await page.goto(articlePath);
  const link = page.getByRole('link', { name: 'Paragraph 7', exact: true });
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('href', '#p7');
  await expect(link).toHaveClass(/\bpair__link\b/);
  await expect(link).toBeVisible();
  await expect(link).toHaveText('7');
  // It belongs to its own pair.
  await expect(pairLocator(page, 'p7').locator('a.pair__link')).toHaveAttribute('href', '#p7');
});

test('every heading permalink points at its URL-encoded Arabic address', async ({ page }) => {
  await page.goto(articlePath);
  for (const id of ['ضربات-الجزاء', 'تجنيد-الحلفاء']) {
    const href = await pairLocator(page, id).locator('a.pair__link').getAttribute('href');
    expect(href === `#${encodeURIComponent(id)}` || href === `#${id}`, `href ${href} for #${id}`).toBe(true);
  }
});

test('clicking the permalink lands on the paragraph, copies its absolute URL and announces it', async ({ page, baseURL }) => {
  const expected = articleUrl(baseURL, 'p7');
  await page.goto(articlePath);
  await setClipboard(page, 'nothing copied yet');

  await pairLocator(page, 'p7').locator('a.pair__link').click();

  await expect(page).toHaveURL(expected);
  await expect(pairLocator(page, 'p7')).toBeInViewport();
  expect(await pairLocator(page, 'p7').evaluate((element) => element.matches(':target'))).toBe(true);
  await expect.poll(() => readClipboard(page)).toBe(expected);
  const announcer = page.locator('#announcer');
  await expect(announcer).toHaveAttribute('role', 'status');
  await expect(announcer).toContainText(/copied/i);
  await expect(announcer).toContainText(expected);
});

test('the permalink is reachable with Tab and follows with Enter, copying the URL', async ({ page, baseURL }) => {
  const expected = articleUrl(baseURL, 'p7');
  await page.goto(articlePath);
  await setClipboard(page, 'nothing copied yet');

  // Start from the previous paragraph's permalink and Tab forward (past its notes, if any).
  await pairLocator(page, 'p6').locator('a.pair__link').focus();
  const target = pairLocator(page, 'p7').locator('a.pair__link');
  let reached = false;
  for (let step = 0; step < 60 && !reached; step += 1) {
    await page.keyboard.press('Tab');
    reached = await target.evaluate((element) => element === document.activeElement);
  }
  expect(reached, 'Tab reaches the permalink of paragraph 7').toBe(true);
  await expect(target).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(expected);
  expect(await pairLocator(page, 'p7').evaluate((element) => element.matches(':target'))).toBe(true);
  await expect(pairLocator(page, 'p7')).toBeInViewport();
  await expect.poll(() => readClipboard(page)).toBe(expected);
  await expect(page.locator('#announcer')).toContainText(/copied/i);
  await expect(page.locator('#announcer')).toContainText(expected);
});

test('the permalink of an Arabic heading copies its percent-encoded absolute URL', async ({ page, baseURL }) => {
  const id = 'تجنيد-الحلفاء';
  const expected = articleUrl(baseURL, id);
  await page.goto(articlePath);
  await setClipboard(page, 'nothing copied yet');
  await pairLocator(page, id).locator('a.pair__link').click();
  await expect(page).toHaveURL(expected);
  await expect.poll(() => readClipboard(page)).toBe(expected);
  expect(await pairLocator(page, id).evaluate((element) => element.matches(':target'))).toBe(true);
});
