import { expect, test } from '@playwright/test';
import { articlePath, pairLocator, readSource } from './support';

const blocks = readSource();

test('the article has one addressed pair per line of the received text, in order', async ({ page }) => {
  await page.goto(articlePath);
  const ids = await page.locator('div.pair').evaluateAll((pairs) => pairs.map((pair) => pair.id));
  expect(blocks).toHaveLength(24);
  expect(ids).toEqual(blocks.map((block) => block.id));
});

test.describe('every paragraph address lands on its paragraph', () => {
  for (const block of blocks) {
    const what = block.kind === 'heading' ? `the heading «${block.text}»` : `paragraph ${block.id.slice(1)}`;

    test(`#${block.id} lands on ${what}, at the top of the screen and highlighted`, async ({ page }) => {
      await page.goto(`${articlePath}#${encodeURIComponent(block.id)}`);
      const pair = pairLocator(page, block.id);
      await expect(pair).toHaveCount(1);
      await expect(pair).toBeInViewport();
      expect(await pair.evaluate((element) => element.matches(':target'))).toBe(true);

      // Near the top of the viewport, unless the page cannot scroll that far (the last blocks),
      // and then the whole block is on screen. Polled: fonts may still be settling the layout.
      await expect
        .poll(
          () =>
            pair.evaluate((element) => {
              const box = element.getBoundingClientRect();
              const scroller = document.scrollingElement ?? document.documentElement;
              const atBottom = Math.ceil(scroller.scrollTop + window.innerHeight) >= scroller.scrollHeight - 1;
              if (box.top >= -1 && box.top <= 96) return 'near the top';
              if (atBottom && box.top >= 0 && box.bottom <= window.innerHeight + 1) return 'near the top';
              return `top at ${Math.round(box.top)}px of ${window.innerHeight}px (scrolled to ${Math.round(scroller.scrollTop)})`;
            }),
          { message: `#${block.id} should start near the top of the viewport` },
        )
        .toBe('near the top');

      // Nothing (a sticky bar, an overlay) covers the block's first line.
      const covering = await pair.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const x = box.left + Math.min(box.width / 2, 200);
        const y = Math.max(box.top, 0) + 6;
        const hit = document.elementFromPoint(x, y);
        return hit && (hit === element || element.contains(hit)) ? null : (hit?.outerHTML.slice(0, 120) ?? 'nothing');
      });
      expect(covering, 'element covering the top of the targeted block').toBeNull();

      // The target is highlighted: its background differs from an untargeted pair's and is not transparent.
      const otherId = block.id === 'p1' ? 'p2' : 'p1';
      const targetBg = await pair.evaluate((element) => getComputedStyle(element).backgroundColor);
      const otherBg = await pairLocator(page, otherId).evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(targetBg).not.toBe(otherBg);
      expect(targetBg).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    });
  }
});
