import { expect, test } from '@playwright/test';
import { articlePath } from './support';

test('every id on the article page is unique, so every address has one target', async ({ page }) => {
  await page.goto(articlePath);
  const duplicates = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
  });
  expect(duplicates).toEqual([]);
});

test('every annotated Arabic phrase links to its note, which exists on the page', async ({ page }) => {
  await page.goto(articlePath);
  const marks = await page.locator('.pair__src a').evaluateAll((links) =>
    links.map((link) => {
      const id = (link.getAttribute('href') ?? '').replace(/^#note-/, '');
      const note = document.getElementById(`note-${id}`);
      return {
        id,
        href: link.getAttribute('href'),
        inSource: Boolean(link.closest('.pair__src[lang="ar"]')),
        target: note ? `${note.tagName.toLowerCase()}.${note.className}` : null,
      };
    }),
  );
  // One mark per note file; the article's notes are published content, so there must be marks.
  expect(marks.length).toBeGreaterThan(40);
  for (const mark of marks) {
    expect.soft(mark.href, `mark ${mark.id}`).toBe(`#note-${mark.id}`);
    expect.soft(mark.inSource, `mark ${mark.id} sits in the Arabic source`).toBe(true);
    expect.soft(mark.target, `note-${mark.id} exists`).toMatch(/^aside\.note\b/);
  }
});

test.describe('without JavaScript', () => {
  // With JavaScript the site may enhance a mark (a popover); the plain link underneath must still work.
  test.use({ javaScriptEnabled: false });

  test('following an annotated phrase lands on its note', async ({ page }) => {
    await page.goto(articlePath);
    const mark = page.locator('.pair__src a').first();
    await expect(mark).toHaveCount(1);
    const id = (await mark.getAttribute('href'))?.replace(/^#note-/, '');
    await mark.click();
    const note = page.locator(`aside.note[id="note-${id}"]`);
    await expect(page).toHaveURL(new RegExp(`#note-${id}$`));
    await expect(note).toBeInViewport();
    expect(await note.evaluate((element) => element.matches(':target'))).toBe(true);
  });
});
