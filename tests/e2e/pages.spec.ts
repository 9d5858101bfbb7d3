import { expect, test } from '@playwright/test';
import { articlePath, articleSlug } from './support';

test('an unknown path gets the 404 page with status 404', async ({ page, request }) => {
  const notFound = await request.get('404.html');
  expect(notFound.status()).toBe(200);
  const expectedHeading = (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await notFound.text())?.[1] ?? '').replace(/<[^>]+>/g, '').trim();
  expect(expectedHeading).not.toBe('');

  for (const path of ['no-such-page/', 'articles/مقال-غير-موجود/', `articles/${articleSlug}/p999/`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('main h1')).toHaveText(expectedHeading);
    await expect(page.locator('main#main')).toBeVisible();
  }
});

test('the home page lists the article with a link that opens it', async ({ page, baseURL }) => {
  const response = await page.goto('');
  expect(response?.status()).toBe(200);
  const link = page.locator(`main a[href$="articles/${articleSlug}/"]`).first();
  await expect(link).toBeVisible();
  await expect(link).toContainText(/\p{Script=Arabic}/u);
  await link.click();
  await expect(page).toHaveURL(new URL(articlePath, baseURL).href);
  await expect(page.locator('div.pair')).toHaveCount(24);
});

for (const [name, path] of [
  ['home', ''],
  ['about', 'about/'],
  ['article', articlePath],
  ['404', 'nowhere/'],
] as const) {
  test(`the ${name} page has its landmarks and a working skip link`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.locator('nav[aria-label="Site"]')).toHaveCount(1);
    await expect(page.locator('main#main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);

    await page.keyboard.press('Tab');
    const skip = page.locator('a[href="#main"]').first();
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
}
