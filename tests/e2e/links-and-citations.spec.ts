// Ranges, phrase links, citations, copying, the old-edition notice and the share pages
// (issue 11), driven as a reader would: clicks, shift-clicks, selections, the keyboard, and
// the same links opened with and without JavaScript.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { articlePath, articleSlug, articleUrl, pairLocator } from './support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const setClipboard = (page: Page, text: string) => page.evaluate((value) => navigator.clipboard.writeText(value), text);

/** Fails the test on any script error or CSP violation the page reports. */
async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP ${event.violatedDirective} ${event.blockedURI}`)));
  return errors;
}

/** The addresses marked as a range, in reading order, with their place in it. */
const marked = (page: Page) => page.locator('div.pair[data-range]').evaluateAll((pairs) => pairs.map((pair) => `${pair.id}:${pair.getAttribute('data-range')}`));

/** Selects `phrase` inside the element matched by `selector` (its first occurrence), as a mouse selection would. */
async function selectPhrase(page: Page, selector: string, phrase: string): Promise<void> {
  await page.evaluate(
    ([css, words]) => {
      const element = document.querySelector(css!)!;
      const text = element.textContent ?? '';
      const start = text.indexOf(words!);
      if (start === -1) throw new Error(`“${words}” is not in ${css}`);
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let at = 0;
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        if (start >= at && start <= at + node.length && range.startContainer === document) range.setStart(node, start - at);
        if (start + words!.length <= at + node.length) {
          range.setEnd(node, start + words!.length - at);
          break;
        }
        at += node.length;
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [selector, phrase],
  );
}

/** The text the page's phrase highlight covers. */
const highlighted = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('linked-phrase') ?? [])].map((range) => range.toString()));

test.describe('ranges', () => {
  test('#p3-p7 lands on paragraph 3 and marks paragraphs 3 to 7 in both languages as one range', async ({ page }) => {
    const errors = await watchErrors(page);
    await page.goto(`${articlePath}#p3-p7`);
    await expect.poll(() => marked(page)).toEqual(['p3:first', 'p4:middle', 'p5:middle', 'p6:middle', 'p7:last']);
    await expect(pairLocator(page, 'p3')).toBeInViewport();
    for (const side of ['.pair__src', '.pair__tr']) await expect(pairLocator(page, 'p5').locator(side)).toBeVisible();
    await expect(page.locator('.link-notice')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a reversed range is put in order and an unknown end is named, without an error', async ({ page }) => {
    const errors = await watchErrors(page);
    await page.goto(`${articlePath}#p7-p3`);
    await expect.poll(() => marked(page)).toEqual(['p3:first', 'p4:middle', 'p5:middle', 'p6:middle', 'p7:last']);
    await expect(page.locator('.link-notice')).toContainText('later address first');

    await page.goto(`${articlePath}#p20-p99`);
    await expect.poll(() => marked(page)).toEqual(['p20:only']);
    await expect(pairLocator(page, 'p20')).toBeInViewport();
    await expect(page.locator('.link-notice')).toContainText('“p99” is not in this article');

    await page.goto(`${articlePath}#p98-p99`);
    await expect(page.locator('.link-notice')).toContainText('“p98” and “p99” are not in this article: nothing is marked');
    expect(await marked(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a range typed into the address bar of an open article is marked too', async ({ page }) => {
    await page.goto(articlePath);
    await page.evaluate(() => (location.hash = 'p10-p12'));
    await expect.poll(() => marked(page)).toEqual(['p10:first', 'p11:middle', 'p12:last']);
    await expect(pairLocator(page, 'p10')).toBeInViewport();
  });

  test('shift-clicking a second number marks the range, and its menu copies the range link', async ({ page, baseURL }) => {
    await page.goto(articlePath);
    await pairLocator(page, 'p3').locator('a.pair__link').click();
    await expect(page.locator('.link-menu')).toBeVisible();
    await pairLocator(page, 'p7').locator('a.pair__link').click({ modifiers: ['Shift'] });
    await expect.poll(() => marked(page)).toEqual(['p3:first', 'p4:middle', 'p5:middle', 'p6:middle', 'p7:last']);
    expect(page.context().pages()).toHaveLength(1);
    await expect(page.locator('.link-menu__title')).toHaveText('Paragraphs 3 to 7');
    await setClipboard(page, 'nothing yet');
    await page.getByRole('button', { name: 'Copy link to the range' }).click();
    const url = await readClipboard(page);
    expect(url.startsWith(`${articleUrl(baseURL)}#p3-p7:~:text=`), url).toBe(true);
    await expect(page.locator('#announcer')).toContainText('copied');
  });

  test('with the keyboard, the menu of a number makes a range to a later paragraph', async ({ page }) => {
    await page.goto(articlePath);
    await pairLocator(page, 'p3').locator('a.pair__link').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.link-menu')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Copy link', exact: true })).toBeFocused();
    await page.getByLabel('Range to').selectOption('p5');
    await expect.poll(() => marked(page)).toEqual(['p3:first', 'p4:middle', 'p5:last']);
    await expect(page.locator('.link-menu__title')).toHaveText('Paragraphs 3 to 5');
  });

  test('a selection across paragraphs offers a link to their range', async ({ page }) => {
    await page.goto(articlePath);
    await page.evaluate(() => {
      const range = document.createRange();
      range.setStart(document.querySelector('[id="p3"] .pair__src')!.firstChild!, 5);
      range.setEnd(document.querySelector('[id="p7"] .pair__tr')!.firstChild!, 10);
      getSelection()!.addRange(range);
    });
    const button = page.getByRole('button', { name: 'Copy link to p3–p7' });
    await expect(button).toBeVisible();
    await setClipboard(page, 'nothing yet');
    await button.click();
    await expect.poll(() => readClipboard(page)).toContain('#p3-p7:~:text=');
  });

  test('without JavaScript, the range link a reader copies lands on its first paragraph', async ({ page, browser, baseURL }) => {
    await page.goto(articlePath);
    await pairLocator(page, 'p12').locator('a.pair__link').click();
    await pairLocator(page, 'p14').locator('a.pair__link').click({ modifiers: ['Shift'] });
    await page.getByRole('button', { name: 'Copy link to the range' }).click();
    const url = await readClipboard(page);
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const noScript = await context.newPage();
    await noScript.goto(url);
    await expect(pairLocator(noScript, 'p12')).toBeInViewport();
    await expect(pairLocator(noScript, 'p1')).not.toBeInViewport();
    await context.close();
  });
});

test.describe('phrase links', () => {
  for (const { name, selector, phrase, address } of [
    { name: 'an Arabic phrase', selector: '[id="p2"] .pair__src', phrase: 'وكالة الأنباء المركزية الكورية', address: 'p2' },
    { name: 'an Arabic phrase with harakat', selector: '[id="p4"] .pair__src', phrase: 'أيضًا من الطرفين', address: 'p4' },
    { name: 'an English phrase', selector: '[id="p13"] .pair__tr', phrase: 'the propaganda clichés', address: 'p13' },
  ]) {
    test(`${name}: selecting it offers a link that opens on its paragraph with the phrase marked`, async ({ page, context }) => {
      const errors = await watchErrors(page);
      await page.goto(articlePath);
      await expect(page.locator(selector)).toContainText(phrase);
      await selectPhrase(page, selector, phrase);
      const button = page.getByRole('button', { name: 'Link to this phrase' });
      await expect(button).toBeVisible();
      await setClipboard(page, 'nothing yet');
      await button.click();
      await expect.poll(() => readClipboard(page)).toContain(`#${address}:~:text=`);
      const url = await readClipboard(page);
      expect(new URL(url).searchParams.get('exact')).toBe(phrase);

      const reader = await context.newPage();
      await reader.goto(url);
      await expect.poll(() => highlighted(reader)).toEqual([phrase]);
      await expect(pairLocator(reader, address)).toBeInViewport();
      await expect(reader.locator('.link-notice')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('a quote typed without harakat or hamza marks the voweled words of the text', async ({ page }) => {
    await page.goto(`${articlePath}?exact=${encodeURIComponent('ايضا من الطرفين')}#p4`);
    await expect.poll(() => highlighted(page)).toEqual(['أيضًا من الطرفين']);
  });

  test('without JavaScript, a phrase link lands on its words through the text fragment', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    const phrase = 'الكليشيهات الدعائية';
    await page.goto(`${articlePath}?exact=${encodeURIComponent(phrase)}#p14:~:text=${encodeURIComponent(phrase)}`);
    await expect(pairLocator(page, 'p14')).toBeInViewport();
    await context.close();
  });

  test('a phrase no longer in the text still shows its paragraph, with a notice that it was not found', async ({ page }) => {
    const errors = await watchErrors(page);
    await page.goto(`${articlePath}?exact=${encodeURIComponent('عبارة حذفت من النص')}&prefix=${encodeURIComponent('قبل ')}#p9`);
    await expect(pairLocator(page, 'p9')).toBeInViewport();
    await expect(page.locator('.link-notice')).toContainText('The phrase “عبارة حذفت من النص” is no longer in paragraph 9');
    expect(await highlighted(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('citing and copying', () => {
  async function openMenu(page: Page, address: string) {
    await page.goto(articlePath);
    await pairLocator(page, address).locator('a.pair__link').click();
    await expect(page.locator('.link-menu')).toBeVisible();
  }

  test('Cite gives Chicago, APA, MLA, BibTeX, BibLaTeX and CSL-JSON naming both titles, the edition, the address and the date accessed', async ({ page }) => {
    const errors = await watchErrors(page);
    await openMenu(page, 'p7');
    await page.getByRole('button', { name: 'Cite…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite paragraph 7' });
    await expect(dialog).toBeVisible();
    const output = dialog.getByLabel('Result');
    const data = (await (await page.request.get(`${articlePath}links.json`)).json()) as { article: { sourceTitle: string; translationTitle: string; edition: { number: number } } };
    const edition = data.article.edition.number;
    const accessed = new Date();
    const month = accessed.toLocaleString('en-US', { month: 'long' });
    await expect(output).toContainText('Note:', { timeout: 20_000 });
    const chicago = (await output.textContent()) ?? '';
    for (const expected of [data.article.sourceTitle, 'North Korea and Russia Pledge Mutual Military Support', `edition ${edition}`, `?edition=${edition}#p7`, `accessed ${month}`, 'para. 7']) expect(chicago).toContain(expected);

    await dialog.getByLabel('APA').check();
    await expect(output).toContainText(`Retrieved ${month}`);
    await expect(output).toContainText(data.article.sourceTitle);
    await expect(output).toContainText('para. 7');
    await dialog.getByLabel('MLA').check();
    await expect(output).toContainText(`${edition}${['th', 'st', 'nd', 'rd'][edition] ?? 'th'} ed.`);
    await expect(output).toContainText(`Accessed ${accessed.getDate()}`);
    await dialog.getByLabel('BibTeX', { exact: true }).check();
    await expect(output).toContainText('@misc{');
    await expect(output).toContainText(`accessed ${accessed.toISOString().slice(0, 10)}`);
    await expect(output).toContainText(data.article.sourceTitle);
    await dialog.getByLabel('BibLaTeX').check();
    await expect(output).toContainText('@online{');
    await expect(output).toContainText(`urldate = {${accessed.toISOString().slice(0, 10)}}`);
    await expect(output).toContainText(data.article.sourceTitle);
    await dialog.getByLabel('CSL-JSON').check();
    const csl = JSON.parse((await output.textContent()) ?? '[]') as { title: string; edition: string; URL: string; accessed: unknown }[];
    expect(csl[0]?.title).toContain(data.article.sourceTitle);
    expect(csl[0]?.edition).toBe(String(edition));
    expect(csl[0]?.URL).toMatch(new RegExp(`\\?edition=${edition}#p7$`));

    await setClipboard(page, 'nothing yet');
    await dialog.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => readClipboard(page)).toBe(await output.textContent());
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('Cite works from the keyboard alone and gives focus back to the paragraph’s number when closed', async ({ page }) => {
    await page.goto(articlePath);
    const number = pairLocator(page, 'p7').locator('a.pair__link');
    await number.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.link-menu')).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Cite…' })).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Cite paragraph 7' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Chicago')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByLabel('APA')).toBeChecked();
    await expect(dialog.getByLabel('Result')).toContainText('Retrieved', { timeout: 20_000 });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(number).toBeFocused();
  });

  test('a range is cited with its paragraphs and a note with its title', async ({ page }) => {
    await page.goto(`${articlePath}`);
    await pairLocator(page, 'p3').locator('a.pair__link').click();
    await pairLocator(page, 'p5').locator('a.pair__link').click({ modifiers: ['Shift'] });
    await page.getByRole('button', { name: 'Cite…' }).click();
    const output = page.getByRole('dialog', { name: 'Cite paragraphs 3 to 5' }).getByLabel('Result');
    await expect(output).toContainText('paras. 3–5', { timeout: 20_000 });
    await expect(output).toContainText('#p3-p5');
    await page.keyboard.press('Escape');

    await page.locator('input[name="notes"][value="inline"]').check();
    await page.locator('[id="note-kim-jong-un"] > p:first-of-type > a').click();
    await page.getByRole('button', { name: 'Cite…' }).click();
    const note = page.getByRole('dialog', { name: 'Cite note “Kim Jong Un”' }).getByLabel('Result');
    await expect(note).toContainText('n. “Kim Jong Un', { timeout: 20_000 });
    await expect(note).toContainText('#note-kim-jong-un');
  });

  test('Copy puts the chosen languages, footnotes and format on the clipboard, with the attribution and the address', async ({ page }) => {
    await openMenu(page, 'p1');
    await page.getByRole('button', { name: 'Copy text…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Copy paragraph 1' });
    const output = dialog.getByLabel('Result');
    const source = (await pairLocator(page, 'p1').locator('.pair__src').textContent()) ?? '';
    const translation = (await pairLocator(page, 'p1').locator('.pair__tr').textContent()) ?? '';
    const copy = async () => {
      await setClipboard(page, 'nothing yet');
      await dialog.getByRole('button', { name: 'Copy text' }).click();
      await expect.poll(() => readClipboard(page)).not.toBe('nothing yet');
      return readClipboard(page);
    };

    await expect(output).toContainText('From “North Korea');
    let text = await copy();
    expect(text).toContain('اليوم الخميس[1]');
    expect(text).toContain(translation);
    expect(text).toMatch(/\nNotes\n\[1\] “Today, Thursday”: 20 June 2024\. The Korean Central News Agency/);
    expect(text).toMatch(/From “North Korea and Russia pledge mutual military support” \(كوريا الشمالية وروسيا تتعهدان بالدعم العسكري المتبادل\), edition \d+ of .+: http\S+\?edition=\d+#p1\n$/);

    await dialog.getByLabel('Markdown').check();
    await dialog.getByLabel('Without notes').check();
    await dialog.getByLabel('Arabic', { exact: true }).check();
    text = await copy();
    expect(text.startsWith(source)).toBe(true);
    expect(text).not.toContain(translation);
    expect(text).not.toContain('[^1]');
    expect(text).toMatch(/: <http\S+#p1>\n$/);

    await dialog.getByLabel('As numbered footnotes').check();
    await dialog.getByLabel('English', { exact: true }).check();
    text = await copy();
    expect(text).not.toContain('اليوم الخميس');
    expect(text).toContain('[^1][^2][^3][^4][^5]');
    expect(text).toContain('[^1]: “Today, Thursday”: 20 June 2024.');
  });
});

test('a link from an older edition whose paragraph has changed since says so and links to the change log', async ({ page }) => {
  const data = (await (await page.request.get(`${articlePath}links.json`)).json()) as { article: { edition: { number: number } }; blocks: { address: string; changedIn: number[] }[] };
  const current = data.article.edition.number;
  // A fixture: the article as it would be once p7 changed in the next edition.
  for (const block of data.blocks) block.changedIn = block.address === 'p7' ? [current + 1] : [];
  await page.route('**/links.json', (route) => route.fulfill({ json: data }));
  await page.goto(`${articlePath}?edition=${current}#p7`);
  const notice = page.locator('.link-notice');
  await expect(notice).toContainText(`Paragraph 7 has changed since edition ${current}`);
  await expect(notice.getByRole('link', { name: 'See the change log.' })).toHaveAttribute('href', `changes/#edition-${current + 1}`);

  await page.goto(`${articlePath}?edition=${current + 1}#p7`);
  await page.waitForLoadState('networkidle');
  await expect(notice).toHaveCount(0);
  await page.goto(`${articlePath}?edition=${current}#p8`);
  await page.waitForLoadState('networkidle');
  await expect(notice).toHaveCount(0);
});

test('a citation of edition 1 of a paragraph that edition 2 revised leads to that edition’s changes, with the earlier wording', async ({ page, baseURL }) => {
  await page.goto(`${articlePath}?edition=1#p8`);
  const notice = page.locator('.link-notice');
  await expect(notice).toContainText('Paragraph 8 has changed since edition 1, which this link was made from (changed in edition 2).');
  await notice.getByRole('link', { name: 'See the change log.' }).click();
  await expect(page).toHaveURL(new URL(`${articlePath}changes/#edition-2`, baseURL).href);
  await expect(page.locator('[id="p8-translation-2"]')).toContainText('translation');
});

test.describe('share pages', () => {
  test('the share page of paragraph 7 has its own title, description, canonical link, Open Graph and Twitter data, and a link to read it in context', async ({ page, baseURL }) => {
    const response = await page.goto(`articles/${articleSlug}/p7/`);
    expect(response?.status()).toBe(200);
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    await expect(page).toHaveTitle(/^Paragraph 7 · North Korea and Russia pledge mutual military support · كوريا الشمالية/);
    const description = (await meta('meta[name="description"]')) ?? '';
    const source = ((await page.locator('blockquote p[lang="ar"]').textContent()) ?? '').slice(0, 20);
    expect(description.startsWith(source)).toBe(true);
    expect(description).toMatch(/ — [A-Z][a-z]/);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`/articles/${articleSlug}/p7/$`));
    expect(await meta('meta[property="og:url"]')).toBe(canonical);
    expect(await meta('meta[property="og:title"]')).toBe(await page.title());
    expect(await meta('meta[property="og:description"]')).toBe(description);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const image = (await meta('meta[property="og:image"]')) ?? '';
    expect(image).toMatch(new RegExp(`/articles/${articleSlug}/card.png$`));
    expect(await meta('meta[property="og:image:width"]')).toBe('1200');

    const png = await page.request.get(new URL(new URL(image).pathname, baseURL).href);
    expect(png.headers()['content-type']).toBe('image/png');
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);

    const context = page.getByRole('link', { name: 'Read paragraph 7 in context' });
    await context.click();
    await expect(page).toHaveURL(articleUrl(baseURL, 'p7'));
    await expect(pairLocator(page, 'p7')).toBeInViewport();
  });

  test('the article page shares with the same card image', async ({ page }) => {
    await page.goto(articlePath);
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(new RegExp(`/articles/${articleSlug}/card.png$`));
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
  });

  test('the share menu of a paragraph links its share page', async ({ page, baseURL }) => {
    await page.goto(articlePath);
    await pairLocator(page, 'p12').locator('a.pair__link').click();
    await expect(page.getByRole('link', { name: 'Share page' })).toHaveAttribute('href', new URL(`articles/${articleSlug}/p12/`, baseURL).href);
  });
});

const axeScenarios: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'a landing notice',
    open: async (page) => {
      await page.goto(`${articlePath}#p7-p99`);
      await expect(page.locator('.link-notice')).toBeVisible();
    },
  },
  {
    name: 'the menu of a range',
    open: async (page) => {
      await page.goto(articlePath);
      await pairLocator(page, 'p3').locator('a.pair__link').click();
      await pairLocator(page, 'p5').locator('a.pair__link').click({ modifiers: ['Shift'] });
      await expect(page.locator('.link-menu__title')).toHaveText('Paragraphs 3 to 5');
    },
  },
  {
    name: 'the cite dialog',
    open: async (page) => {
      await page.goto(articlePath);
      await pairLocator(page, 'p5').locator('a.pair__link').click();
      await page.getByRole('button', { name: 'Cite…' }).click();
      await expect(page.getByRole('dialog').getByLabel('Result')).toContainText('Note:', { timeout: 20_000 });
    },
  },
  {
    name: 'the copy dialog',
    open: async (page) => {
      await page.goto(articlePath);
      await pairLocator(page, 'p5').locator('a.pair__link').click();
      await page.getByRole('button', { name: 'Copy text…' }).click();
      await expect(page.getByRole('dialog').getByLabel('Result')).toContainText('From');
    },
  },
  {
    name: 'the phrase button',
    open: async (page) => {
      await page.goto(articlePath);
      await selectPhrase(page, '[id="p2"] .pair__src', 'وكالة الأنباء');
      await expect(page.getByRole('button', { name: 'Link to this phrase' })).toBeVisible();
    },
  },
  {
    name: 'a share page',
    open: async (page) => {
      await page.goto(`articles/${articleSlug}/p7/`);
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const scenario of axeScenarios) {
      test(`${scenario.name} has no accessibility violations`, async ({ page }) => {
        await scenario.open(page);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}
