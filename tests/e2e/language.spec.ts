import { expect, test } from '@playwright/test';
import { arabicScript, articlePath } from './support';

test('the page is English, left to right, and every source block is Arabic, right to left', async ({ page }) => {
  await page.goto(articlePath);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  const sources = await page.locator('div.pair > .pair__src').evaluateAll((elements) =>
    elements.map((element) => ({ lang: element.getAttribute('lang'), dir: element.getAttribute('dir') })),
  );
  expect(sources).toHaveLength(24);
  expect(new Set(sources.map((side) => `${side.lang}/${side.dir}`))).toEqual(new Set(['ar/rtl']));
});

test('every English translation block is in English: the page’s language, which it does not repeat', async ({ page }) => {
  await page.goto(articlePath);
  const translations = await page.locator('div.pair > .pair__tr').evaluateAll((elements) =>
    elements.map((element) => ({ lang: element.closest('[lang]')?.getAttribute('lang'), dir: element.closest('[dir]')?.getAttribute('dir') })),
  );
  expect(translations).toHaveLength(24);
  for (const side of translations) {
    expect(side.lang).toBe('en');
    expect(side.dir ?? 'ltr').toBe('ltr');
  }
});

test('the Arabic title in the article header is marked lang="ar" dir="rtl"', async ({ page }) => {
  await page.goto(articlePath);
  const title = page.locator('main h1').first();
  await expect(title).toContainText(arabicScript);
  const unmarked = await title.evaluate((h1, pattern) => {
    const arabic = new RegExp(pattern);
    const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
    const problems: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!arabic.test(node.textContent ?? '')) continue;
      const element = node.parentElement;
      const lang = element?.closest('[lang]')?.getAttribute('lang');
      const dir = element?.closest('[dir]')?.getAttribute('dir');
      if (lang !== 'ar' || dir !== 'rtl') problems.push(`${node.textContent} (lang=${lang}, dir=${dir})`);
    }
    return problems;
  }, arabicScript.source);
  expect(unmarked).toEqual([]);
});

test('no Arabic text on the article page is left inside English markup', async ({ page }) => {
  await page.goto(articlePath);
  const unmarked = await page.locator('main').evaluate((main, pattern) => {
    const arabic = new RegExp(pattern);
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const problems: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!arabic.test(node.textContent ?? '')) continue;
      const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!/^ar(-|$)/i.test(lang)) problems.push(`${(node.textContent ?? '').trim().slice(0, 60)} (in lang=${lang})`);
    }
    return problems;
  }, arabicScript.source);
  expect(unmarked).toEqual([]);
});
