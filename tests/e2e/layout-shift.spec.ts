// The article must not move once painted: cumulative layout shift 0 while it loads, fonts
// included, at a desktop width where a classic scrollbar appears and at a phone width, in
// both colour schemes. Chromium's headless mode hides scrollbars by default, which would hide
// the right-to-left shift they cause, so this file launches it with scrollbars shown.
import { expect, type Page, test } from '@playwright/test';
import config from '../playwright.config';
import { articlePath } from './support';

test.use({
  launchOptions: { ...config.use?.launchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] },
});

interface Shift {
  value: number;
  hadRecentInput: boolean;
  startTime: number;
  sources: { node: string; previous: string; current: string }[];
}

declare global {
  interface Window {
    __layoutShifts?: Shift[];
  }
}

/** Records every layout shift from the start of the document (buffered, so nothing before the observer is missed). */
async function observeShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    window.__layoutShifts = shifts;
    const rect = (box: DOMRectReadOnly) => `${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`;
    const describe = (node: Node | null) => {
      if (!(node instanceof Element)) return node ? node.nodeName.toLowerCase() : '(removed node)';
      const id = node.id ? `#${node.id}` : '';
      const classes = node.classList.length > 0 ? `.${[...node.classList].filter((name) => !name.startsWith('astro-')).join('.')}` : '';
      return `${node.tagName.toLowerCase()}${id}${classes}`;
    };
    interface LayoutShiftEntry extends PerformanceEntry {
      value: number;
      hadRecentInput: boolean;
      sources?: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShiftEntry[]) {
        shifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          startTime: Math.round(entry.startTime),
          sources: (entry.sources ?? []).map((source) => ({ node: describe(source.node), previous: rect(source.previousRect), current: rect(source.currentRect) })),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Loads the article and waits until everything, fonts included, has arrived and been laid out. */
async function loadAndSettle(page: Page): Promise<{ shifts: Shift[]; fonts: string[]; scrollbar: number }> {
  await observeShifts(page);
  await page.goto(articlePath, { waitUntil: 'networkidle' });
  return page.evaluate(async () => {
    await document.fonts.ready;
    // Two frames for the last layout, then a pause for any late shift to be reported.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await new Promise((done) => setTimeout(done, 500));
    const fonts = [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family} ${face.weight}`);
    return { shifts: window.__layoutShifts ?? [], fonts, scrollbar: window.innerWidth - document.documentElement.clientWidth };
  });
}

function report(shifts: readonly Shift[]): string {
  return shifts
    .map(
      (shift) =>
        `  ${shift.value.toFixed(4)} at ${shift.startTime} ms${shift.hadRecentInput ? ' (after input, not counted)' : ''}\n` +
        shift.sources.map((source) => `      ${source.node}: ${source.previous} → ${source.current}`).join('\n'),
    )
    .join('\n');
}

const viewports = [
  { name: 'desktop (1350×940, with a scrollbar)', viewport: { width: 1350, height: 940 }, isMobile: false, scrollbar: true },
  { name: 'mobile (375×740)', viewport: { width: 375, height: 740 }, isMobile: true, scrollbar: false },
] as const;

for (const { name, viewport, isMobile, scrollbar } of viewports) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${name}, ${colorScheme} scheme`, () => {
      test.use({ viewport, isMobile, hasTouch: isMobile, colorScheme });

      test('the article loads without any layout shift, fonts included', async ({ page }) => {
        const { shifts, fonts, scrollbar: scrollbarWidth } = await loadAndSettle(page);
        const counted = shifts.filter((shift) => !shift.hadRecentInput);
        const cls = counted.reduce((sum, shift) => sum + shift.value, 0);
        console.log(`[cls] article, ${name}, ${colorScheme}: CLS ${cls.toFixed(4)} (${counted.length} shifts; scrollbar ${scrollbarWidth}px; fonts ${fonts.join(', ') || 'none'})`);
        // The desktop case is only meaningful with a real scrollbar taking room.
        if (scrollbar) expect(scrollbarWidth, 'a classic scrollbar takes room at this width').toBeGreaterThan(0);
        expect(fonts.some((font) => font.startsWith('Naskh')), 'the Arabic face loaded during the measurement').toBe(true);
        expect(cls, `Cumulative layout shift ${cls.toFixed(4)} while the article loaded; expected 0. Shifts:\n${report(shifts)}\n`).toBe(0);
      });
    });
  }
}
