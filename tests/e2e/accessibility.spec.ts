// axe-core on every kind of page and every state a reader can put the article in, in both
// colour schemes, at a desktop and a phone width: no violations of WCAG 2.2 A/AA or axe's
// best practices. A failure lists each rule, its impact, the elements and what to fix.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { articlePath, articleUrl } from './support';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One block per rule: id, impact, what it asks, then every element with axe's summary of the fix. */
function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const target = node.target.map((part) => (Array.isArray(part) ? part.join(' >> ') : String(part))).join(' >> ');
          const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim();
          const html = node.html.length > 160 ? `${node.html.slice(0, 160)}…` : node.html;
          return `    - ${target}\n      ${html}\n      ${summary}`;
        })
        .join('\n');
      return `  [${violation.impact ?? 'no impact'}] ${violation.id}: ${violation.help} (${violation.nodes.length} element(s))\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

async function expectNoViolations(page: Page, what: string): Promise<void> {
  // Fonts change text size, which matters for contrast (large text) and target sizes.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  const count = results.violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
  expect(
    results.violations.map((violation) => violation.id),
    `${what}: ${results.violations.length} axe rule(s) violated on ${count} element(s):\n${describeViolations(results.violations)}\n`,
  ).toEqual([]);
}

interface Scenario {
  name: string;
  /** Gets the page into the state to check. */
  open: (page: Page, baseURL: string | undefined) => Promise<void>;
}

const scenarios: Scenario[] = [
  {
    name: 'the home page',
    open: async (page) => {
      await page.goto('');
    },
  },
  {
    name: 'the article',
    open: async (page) => {
      await page.goto(articlePath);
    },
  },
  {
    name: 'the article with a note open in its popover',
    open: async (page) => {
      await page.goto(articlePath);
      await page.locator('.pair__src a[href="#note-p3-stray-fi"]').click();
      await expect(page.locator('.note-popover')).toBeVisible();
    },
  },
  {
    name: 'the article with the notes shown under each paragraph',
    open: async (page) => {
      await page.goto(articlePath);
      await page.locator('input[name="notes"][value="inline"]').check();
      await expect(page.locator('aside.note').first()).toBeVisible();
    },
  },
  {
    name: 'the article opened at a paragraph address (#p7)',
    open: async (page, baseURL) => {
      await page.goto(articleUrl(baseURL, 'p7'));
      await expect(page.locator('div.pair[id="p7"]')).toBeInViewport();
    },
  },
  {
    name: 'the search page with results for بوتين',
    open: async (page) => {
      await page.goto(`search/?q=${encodeURIComponent('بوتين')}`);
      await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
      await expect(page.locator('#search-results > li').first()).toBeVisible();
    },
  },
  {
    name: 'the about page',
    open: async (page) => {
      await page.goto('about/');
    },
  },
  {
    name: 'the 404 page',
    open: async (page) => {
      const response = await page.goto('no-such-page/');
      expect(response?.status(), 'a missing address answers 404').toBe(404);
    },
  },
];

const viewports = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'mobile', viewport: { width: 375, height: 740 } },
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { name: size, viewport } of viewports) {
    test.describe(`${colorScheme} scheme, ${size} (${viewport.width}px)`, () => {
      test.use({ colorScheme, viewport });
      for (const scenario of scenarios) {
        test(`${scenario.name} has no accessibility violations`, async ({ page, baseURL }) => {
          await scenario.open(page, baseURL);
          await expectNoViolations(page, `${scenario.name}, ${colorScheme}, ${viewport.width}px`);
        });
      }
    });
  }
}
