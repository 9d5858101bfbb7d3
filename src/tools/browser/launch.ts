// The one browser driver of the benchmarks: Playwright with Debian's Chromium and the
// project's flags (never a downloaded browser). A debugging port, when asked for, lets
// Lighthouse connect to the same browser.
import { createServer } from 'node:net';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../chromium.ts';

/** A port nothing listens on right now, for Chromium's remote debugging. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port ? done(port) : fail(new Error('could not find a free port'))));
    });
  });
}

export interface LaunchedBrowser {
  browser: Browser;
  /** Set when launched with `debugging: true`: Lighthouse connects here. */
  debuggingPort: number | undefined;
  close(): Promise<void>;
}

export async function launchBrowser({ debugging = false }: { debugging?: boolean } = {}): Promise<LaunchedBrowser> {
  const debuggingPort = debugging ? await freePort() : undefined;
  const args = [...chromiumFlags, ...(debuggingPort ? [`--remote-debugging-port=${debuggingPort}`] : [])];
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args });
  return { browser, debuggingPort, close: () => browser.close() };
}

/**
 * The content encodings a context accepts. Static hosts often serve gzip only, so weights
 * meant to hold on any host are measured with gzip; `br` is what this project's server
 * and most CDNs give a current browser.
 */
export type Encoding = 'gzip' | 'br';

/** A fresh context (empty cache, no service workers), as a first visit would be. */
export function newContext(browser: Browser, { encoding = 'br' }: { encoding?: Encoding } = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    serviceWorkers: 'block',
    // Chromium sends exactly this header when it is set here.
    extraHTTPHeaders: { 'Accept-Encoding': encoding === 'gzip' ? 'gzip' : 'gzip, deflate, br' },
  });
}
