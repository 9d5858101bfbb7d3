import { expect, test } from '@playwright/test';
import { articlePath, readSource, sourcePath } from './support';

test('the Arabic source is reproduced verbatim, line by line, in order, from the received file kept in the repository', async ({ page }) => {
  const received = readSource();
  expect(received, sourcePath).toHaveLength(24);
  expect(received.filter((block) => block.kind === 'heading').map((block) => block.line)).toEqual([9, 16]);

  await page.goto(articlePath);
  const rendered = await page.locator('div.pair > .pair__src').evaluateAll((sources) =>
    sources.map((source) => ({ tag: source.tagName.toLowerCase(), text: source.textContent })),
  );
  expect(rendered).toHaveLength(received.length);
  received.forEach((block, index) => {
    const actual = rendered[index];
    expect.soft(actual?.tag, `line ${block.line}: element`).toBe(block.kind === 'heading' ? 'h2' : 'p');
    // Exact equality: every character of the received line, nothing added, nothing normalised.
    expect.soft(actual?.text, `line ${block.line}: text`).toBe(block.text);
  });
});
