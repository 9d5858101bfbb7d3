import { expect, test, type Page } from '@playwright/test';
import { articlePath } from './support';

interface SideBoxes {
  id: string;
  source: { left: number; right: number; top: number; bottom: number };
  translation: { left: number; right: number; top: number; bottom: number };
}

function sideBoxes(page: Page): Promise<SideBoxes[]> {
  return page.locator('div.pair').evaluateAll((pairs) =>
    pairs.flatMap((pair) => {
      const source = pair.querySelector(':scope > .pair__src');
      const translation = pair.querySelector(':scope > .pair__tr');
      if (!source || !translation) return [];
      const box = (element: Element) => {
        const { left, right, top, bottom } = element.getBoundingClientRect();
        return { left, right, top, bottom };
      };
      return [{ id: pair.id, source: box(source), translation: box(translation) }];
    }),
  );
}

async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth };
  });
}

for (const width of [960, 1280]) {
  test(`at ${width}px the Arabic sits to the right of its translation, side by side`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(articlePath);
    const boxes = await sideBoxes(page);
    expect(boxes).toHaveLength(24);
    for (const { id, source, translation } of boxes) {
      expect.soft(source.left, `#${id}: source starts right of where the translation ends`).toBeGreaterThanOrEqual(translation.right - 1);
      // Side by side: the two columns start on the same line.
      expect.soft(Math.abs(source.top - translation.top), `#${id}: source and translation share a row`).toBeLessThan(2);
    }
  });
}

test('at 375px the source and its translation are stacked, the Arabic first', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(articlePath);
  const boxes = await sideBoxes(page);
  expect(boxes).toHaveLength(24);
  for (const { id, source, translation } of boxes) {
    expect.soft(translation.top, `#${id}: translation below the source`).toBeGreaterThanOrEqual(source.bottom - 1);
  }
});

for (const [name, path] of [
  ['the article', articlePath],
  ['the home page', ''],
  ['the about page', 'about/'],
  ['the 404 page', 'لا-توجد-صفحة-هنا/'],
] as const) {
  test(`at 320px ${name} has no horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
}
