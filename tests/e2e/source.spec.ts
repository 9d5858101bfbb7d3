import { expect, test } from '@playwright/test';
import { articlePath, readSeed } from './support';

test('the Arabic source is reproduced verbatim, line by line, in order', async ({ page }) => {
  const seed = readSeed();
  expect(seed).toHaveLength(24);
  expect(seed.filter((block) => block.kind === 'heading').map((block) => block.line)).toEqual([9, 16]);

  await page.goto(articlePath);
  const rendered = await page.locator('div.pair > div.pair__source').evaluateAll((sources) =>
    sources.map((source) => {
      const child = source.firstElementChild;
      return { tag: child?.tagName.toLowerCase() ?? null, text: child?.textContent ?? null };
    }),
  );
  expect(rendered).toHaveLength(seed.length);
  seed.forEach((block, index) => {
    const actual = rendered[index];
    expect.soft(actual?.tag, `seed line ${block.line}: element`).toBe(block.kind === 'heading' ? 'h2' : 'p');
    // Exact equality: every character of the seed line, nothing added, nothing normalised.
    expect.soft(actual?.text, `seed line ${block.line}: text`).toBe(block.text);
  });
});
