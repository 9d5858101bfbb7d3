// Debian's Chromium through playwright-core; browsers are never downloaded.
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../chromium.mjs';

export function launch() {
  return chromium.launch({ executablePath: chromiumPath, args: ['--headless', ...chromiumFlags] });
}

export function newContext(browser) {
  return browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', serviceWorkers: 'block' });
}
