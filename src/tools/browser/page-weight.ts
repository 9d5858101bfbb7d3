// What one page costs a first-time reader before they touch it: its requests (requests.ts)
// until the network is quiet, and the JavaScript it runs (script responses plus inline
// scripts).
import type { Browser } from '@playwright/test';
import { newContext, type Encoding } from './launch.ts';
import { recordRequests, type SettleOptions, type Weight } from './requests.ts';

export interface PageWeight extends Weight {
  url: string;
  /** The document's HTTP status. */
  status: number | undefined;
  encoding: Encoding;
  /** JavaScript run before interaction: script responses plus inline scripts (decoded bytes). */
  js: { scriptResponses: number; inlineScripts: number; inlineCount: number; total: number; wasmDecoded: number };
  /** The page had not settled within 30 s; its figures are what had arrived by then. */
  timedOut: boolean;
}

// Inline scripts the browser runs (JSON data blocks and import maps are not run).
const inlineScripts = () => {
  const run = [...document.querySelectorAll('script:not([src])')].filter((script) => {
    const type = script.getAttribute('type');
    return !type || /^(module|text\/javascript|application\/javascript)$/i.test(type);
  });
  return { count: run.length, bytes: run.reduce((sum, script) => sum + new TextEncoder().encode(script.textContent ?? '').length, 0) };
};

/** Loads `url` in a fresh context (empty cache) and weighs everything it fetches until it settles. */
export async function weighPage(browser: Browser, url: string, { encoding = 'br', ready, quietMs = 1500 }: { encoding?: Encoding; ready?: SettleOptions['ready']; quietMs?: number } = {}): Promise<PageWeight> {
  const context = await newContext(browser, { encoding });
  try {
    const page = await context.newPage();
    const recorder = await recordRequests(page);
    const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const settled = await recorder.settle({ quietMs, ...(ready ? { ready } : {}) });
    const inline = await page.evaluate(inlineScripts);
    const weight = recorder.weigh('load');
    const wasm = weight.resources.filter((resource) => /(\.wasm|\/wasm\.[\w-]+\.pagefind)(\?|$)/.test(resource.path));
    return {
      url,
      status: response?.status(),
      encoding,
      ...weight,
      js: {
        scriptResponses: weight.byKind.js.decoded,
        inlineScripts: inline.bytes,
        inlineCount: inline.count,
        total: weight.byKind.js.decoded + inline.bytes,
        wasmDecoded: wasm.reduce((sum, resource) => sum + resource.decoded, 0),
      },
      timedOut: !settled,
    };
  } finally {
    await context.close();
  }
}
