import { expect, type Page, test } from '@playwright/test';
import { articlePath } from './support';

// Every violation the page reports, recorded from the first script on.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
});

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('every page carries a Content Security Policy without unsafe-inline for scripts', async ({ page }) => {
  for (const path of ['', 'about/', articlePath, 'search/', '404.html']) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy, path).not.toContain('unsafe-inline');
    expect(policy, path).toContain("default-src 'none'");
  }
});

test('reading, notes, copying a link and searching cause no CSP violation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
  });

  for (const path of ['', 'about/', '404.html']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await violations(page), path).toEqual([]);
  }

  await page.goto(articlePath);
  await page.locator('.pair__src a[href="#note-p3-stray-fi"]').click();
  await expect(page.locator('.note-popover')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('a.pair__link[href="#p7"]').click();
  await page.locator('view-switch label').filter({ has: page.locator('input[value="source"]') }).click();
  await page.waitForLoadState('networkidle');
  expect(await violations(page), 'article').toEqual([]);

  // Search loads Pagefind, its WebAssembly and its index: the policy must allow exactly that.
  await page.locator('#site-search').fill('بوتين');
  await page.locator('#site-search').press('Enter');
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
  expect(await violations(page), 'search').toEqual([]);
  expect(consoleErrors).toEqual([]);
});
