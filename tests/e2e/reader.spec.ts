import { expect, test } from '@playwright/test';
import { articlePath, pairLocator, readSource } from './support';

test('every address names an aligned pair: the Arabic block and its English translation of the same kind', async ({ page }) => {
  await page.goto(articlePath);
  for (const block of readSource()) {
    const pair = pairLocator(page, block.id);
    const tag = block.kind === 'heading' ? 'h2' : 'p';
    await expect(pair.locator(`:scope > ${tag}.pair__src`)).toHaveCount(1);
    await expect(pair.locator(`:scope > ${tag}.pair__tr`)).toHaveCount(1);
    await expect(pair.locator(`:scope > ${tag}.pair__tr`)).not.toBeEmpty();
  }
});

test('a note opens beside its phrase from the keyboard, and Escape closes it and returns focus to the phrase', async ({ page }) => {
  await page.goto(articlePath);
  const mark = page.locator('.pair__src a[href="#note-p16-to-lam-gender"]');
  await mark.focus();
  await page.keyboard.press('Enter');
  const popover = page.locator('.note-popover');
  await expect(popover).toBeVisible();
  await expect(popover).toBeFocused();
  await expect(popover.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: 'Feminine verb for a male president' })).toBeVisible();
  await expect(popover).toContainText('وتابع');
  // Shown, not only present: the copy is not one of the notes hidden under the pairs.
  await expect(popover.locator('.note')).toBeVisible();
  await expect(popover.locator('.note > p').nth(1)).toBeVisible();
  await expect(mark).toHaveAttribute('aria-expanded', 'true');
  // Opening a note does not move the page away from the paragraph being read.
  expect(new URL(page.url()).hash).toBe('');
  const markBox = await mark.boundingBox();
  const popoverBox = await popover.boundingBox();
  expect(markBox && popoverBox && Math.abs(popoverBox.y - (markBox.y + markBox.height)) < 40).toBe(true);

  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(mark).toBeFocused();
  await expect(mark).toHaveAttribute('aria-expanded', 'false');
});

test('the close button closes an open note', async ({ page }) => {
  await page.goto(articlePath);
  await page.locator('.pair__src a[href="#note-penalty-kicks"]').click();
  const popover = page.locator('.note-popover');
  await expect(popover).toContainText('in the sense of sanctions');
  await popover.getByRole('button', { name: 'Close note' }).click();
  await expect(popover).toBeHidden();
});

test('every note address lands on its note, shown under its paragraph with its type and a title that is its own address', async ({ page }) => {
  // One navigation per note (48): about 13 s on an idle machine, so the default 30 s is too
  // tight on a loaded one.
  test.setTimeout(120_000);
  await page.goto(articlePath);
  const ids = await page.locator('aside.note').evaluateAll((notes) => notes.map((note) => note.id));
  expect(ids.length).toBeGreaterThan(40);
  for (const id of ids) {
    await page.goto(`${articlePath}#${id}`);
    const note = page.locator(`aside.note[id="${id}"]`);
    await expect(note).toBeInViewport();
    expect(await note.evaluate((element) => element.matches(':target'))).toBe(true);
    const [targeted, other] = await page.locator('aside.note').evaluateAll((notes, targetId) => {
      const background = (element: Element | undefined) => (element ? getComputedStyle(element).backgroundColor : '');
      return [background(notes.find((n) => n.id === targetId)), background(notes.find((n) => n.id !== targetId))];
    }, id);
    expect(targeted, `${id} is highlighted`).not.toBe(other);
    const type = await note.evaluate((element) => getComputedStyle(element.querySelector(':scope > p') as Element, '::before').content);
    expect(type, `${id} shows its type`).toMatch(/^"(Error in the source|Style|Name|Term|Context) "$/);
    await expect(note.locator(':scope > p').first().getByRole('link')).toHaveAttribute('href', `#${id}`);
    // It sits under the block whose phrase links to it.
    const block = await note.evaluate((element) => element.closest('.pair'));
    expect(await note.evaluate((element, address) => Boolean(element.closest('.pair')?.querySelector(`.pair__src a[href="#${address}"]`)), id)).toBe(true);
    expect(block).not.toBeNull();
  }
});

test('error notes show the suggested correction in Arabic', async ({ page }) => {
  await page.goto(`${articlePath}#note-p3-stray-fi`);
  const note = page.locator('aside.note[id="note-p3-stray-fi"]');
  await expect(note.locator('.note__better bdi')).toHaveText('وفقًا');
  await expect(note.locator('.note__better bdi')).toHaveAttribute('lang', 'ar');
});

test('the article’s notes page lists every note once, grouped by type, each linking to its address in the article', async ({ page }) => {
  await page.goto(articlePath);
  const noteIds = await page.locator('aside.note').evaluateAll((notes) => notes.map((note) => note.id).sort());
  await page.locator('.facts summary').click();
  await page.locator('.facts').getByRole('link', { name: /\d+ notes/ }).click();
  await expect(page).toHaveURL(/\/notes\/$/);
  const links = await page.locator('main li > a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  expect(links.map((href) => new URL(href).hash.slice(1)).sort()).toEqual(noteIds);
  for (const href of links) expect(new URL(href).pathname).toMatch(new RegExp(`/${articlePath}$`));
  await expect(page.locator('main h2')).toHaveText([/Error in the source/, /Style/, /Name/, /Term/, /Context/]);
});

test('with notes set to show under each paragraph, every note is visible in place', async ({ page }) => {
  await page.goto(articlePath);
  await page.locator('label', { hasText: 'Always' }).click();
  const hidden = await page.locator('aside.note').evaluateAll((notes) => notes.filter((note) => note.getClientRects().length === 0).length);
  expect(hidden).toBe(0);
});

test('printed, the page keeps both languages and every note', async ({ page }) => {
  await page.goto(articlePath);
  await page.emulateMedia({ media: 'print' });
  const state = await page.evaluate(() => ({
    hiddenNotes: [...document.querySelectorAll('aside.note')].filter((note) => note.getClientRects().length === 0).length,
    hiddenSides: [...document.querySelectorAll('.pair__src, .pair__tr')].filter((side) => side.getClientRects().length === 0).length,
    controls: [...document.querySelectorAll('view-switch, .site-footer')].filter((element) => element.getClientRects().length > 0).length,
  }));
  expect(state).toEqual({ hiddenNotes: 0, hiddenSides: 0, controls: 0 });
});
