// Byte budgets for the article page, measured in Chromium through the DevTools protocol:
// a fresh load (cache disabled) until the network is idle, compressed as the server sends it.
// The budgets live in tests/budgets.json; when a check fails, cut the weight, not the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { articlePath, projectRoot } from './support';

interface Budgets {
  /** Bytes transferred (gzip-compressed bodies and headers) for everything the first view loads, fonts included. */
  articleFirstViewBytes: number;
  /** Decoded bytes of the article's HTML. */
  articleHtmlBytes: number;
  /** Elements in the article's HTML. */
  articleElements: number;
  /** Decoded bytes of JavaScript run before any interaction: script files and inline scripts. */
  articleJsBeforeInteractionBytes: number;
}

const budgets = JSON.parse(readFileSync(join(projectRoot, 'tests/budgets.json'), 'utf8')) as Budgets;

interface Resource {
  url: string;
  type: string;
  status: number;
  encoding: string;
  /** Bytes on the wire: compressed body plus headers (CDP `encodedDataLength`). */
  transferred: number;
  /** Bytes of the decoded body. */
  decoded: number;
  finished: boolean;
}

interface Measurement {
  resources: Resource[];
  /** Executable inline scripts, by where they start. */
  inlineScripts: { start: string; bytes: number }[];
}

/** Script types a browser runs; JSON-LD and other data blocks are not JavaScript. */
const executableScript = "script:not([src]):is(:not([type]), [type=''], [type='module'], [type='text/javascript'], [type='application/javascript'])";

/** Loads the article fresh and records every response until the network has been idle for 500 ms. */
async function measure(page: Page): Promise<Measurement> {
  const client = await page.context().newCDPSession(page);
  await client.send('Network.enable');
  await client.send('Network.setCacheDisabled', { cacheDisabled: true });
  // gzip only: many static hosts serve nothing better, so the budget holds for them too.
  await client.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'gzip' } });

  const resources = new Map<string, Resource>();
  client.on('Network.requestWillBeSent', (event) => {
    resources.set(event.requestId, { url: event.request.url, type: event.type ?? 'Other', status: 0, encoding: '', transferred: 0, decoded: 0, finished: false });
  });
  client.on('Network.responseReceived', (event) => {
    const resource = resources.get(event.requestId);
    if (!resource) return;
    resource.type = event.type;
    resource.status = event.response.status;
    const headers = Object.fromEntries(Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
    resource.encoding = headers['content-encoding'] ?? 'identity';
  });
  client.on('Network.dataReceived', (event) => {
    const resource = resources.get(event.requestId);
    if (resource) resource.decoded += event.dataLength;
  });
  client.on('Network.loadingFinished', (event) => {
    const resource = resources.get(event.requestId);
    if (!resource) return;
    resource.transferred = event.encodedDataLength;
    resource.finished = true;
  });

  await page.goto(articlePath, { waitUntil: 'networkidle' });
  const inlineScripts = await page.locator(executableScript).evaluateAll((scripts) =>
    scripts.map((script) => {
      const text = script.textContent ?? '';
      return { start: text.slice(0, 60).replace(/\s+/g, ' '), bytes: new TextEncoder().encode(text).length };
    }),
  );
  await client.detach();
  return { resources: [...resources.values()], inlineScripts };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** A URL as the team reads it: its path, without the origin. */
const short = (url: string) => {
  const parsed = new URL(url);
  return decodeURIComponent(parsed.pathname) + parsed.search;
};

function table(resources: readonly Resource[]): string {
  return resources
    .toSorted((a, b) => b.transferred - a.transferred)
    .map((resource) => `    ${String(resource.transferred).padStart(7)} B transferred  ${String(resource.decoded).padStart(7)} B decoded  ${resource.encoding.padEnd(8)} ${resource.type.padEnd(10)} ${short(resource.url)}${resource.finished ? '' : '  (did not finish)'}`)
    .join('\n');
}

test('a fresh load of the article transfers no more than the first-view budget, fonts included', async ({ page }) => {
  const { resources } = await measure(page);
  const total = resources.reduce((sum, resource) => sum + resource.transferred, 0);
  const byType = new Map<string, number>();
  for (const resource of resources) byType.set(resource.type, (byType.get(resource.type) ?? 0) + resource.transferred);
  console.log(
    `[budget] article first view: ${total} B transferred (${kb(total)}) of ${budgets.articleFirstViewBytes} B in ${resources.length} requests; ` +
      [...byType].map(([type, bytes]) => `${type} ${bytes} B`).join(', ') +
      `; per URL: ${resources
        .toSorted((a, b) => b.transferred - a.transferred)
        .map((resource) => `${short(resource.url)} ${resource.transferred}`)
        .join(', ')}`,
  );
  const unfinished = resources.filter((resource) => !resource.finished);
  expect(unfinished.map((resource) => short(resource.url)), 'requests that never finished').toEqual([]);
  expect(resources.some((resource) => resource.type === 'Font'), 'the Arabic font is part of the first view').toBe(true);
  expect(
    total,
    `The article's first view transfers ${total} B, over its budget of ${budgets.articleFirstViewBytes} B by ${total - budgets.articleFirstViewBytes} B (tests/budgets.json: articleFirstViewBytes; cut weight, do not raise it). Per URL:\n${table(resources)}\n`,
  ).toBeLessThanOrEqual(budgets.articleFirstViewBytes);
});

test('the article’s HTML stays within its size and element budgets, every note included', async ({ page }) => {
  const { resources } = await measure(page);
  const html = resources.find((resource) => resource.type === 'Document');
  expect(html, 'the article page itself').toBeDefined();
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const notes = await page.locator('aside.note').count();
  console.log(`[budget] article HTML: ${html?.decoded} B decoded of ${budgets.articleHtmlBytes} B; ${elements} elements of ${budgets.articleElements}; ${notes} notes`);
  expect(notes, 'every note is in the page').toBeGreaterThan(40);
  expect(html?.decoded ?? Infinity, `The article's HTML is ${html?.decoded} B decoded, over its budget (tests/budgets.json: articleHtmlBytes)`).toBeLessThanOrEqual(budgets.articleHtmlBytes);
  expect(elements, `The article has ${elements} elements, over its budget (tests/budgets.json: articleElements)`).toBeLessThanOrEqual(budgets.articleElements);
});

test('the article runs no more JavaScript before any interaction than its budget', async ({ page }) => {
  const { resources, inlineScripts } = await measure(page);
  const files = resources.filter((resource) => resource.type === 'Script');
  const fileBytes = files.reduce((sum, resource) => sum + resource.decoded, 0);
  const inlineBytes = inlineScripts.reduce((sum, script) => sum + script.bytes, 0);
  const total = fileBytes + inlineBytes;
  console.log(
    `[budget] article JavaScript before interaction: ${total} B decoded of ${budgets.articleJsBeforeInteractionBytes} B ` +
      `(${files.length} files ${fileBytes} B, ${inlineScripts.length} inline ${inlineBytes} B)`,
  );
  const lines = [
    ...files.map((resource) => `    ${String(resource.decoded).padStart(6)} B  ${short(resource.url)}`),
    ...inlineScripts.map((script) => `    ${String(script.bytes).padStart(6)} B  inline: ${script.start}…`),
  ];
  expect(
    total,
    `The article runs ${total} B of JavaScript before any interaction, over its budget of ${budgets.articleJsBeforeInteractionBytes} B by ${total - budgets.articleJsBeforeInteractionBytes} B (tests/budgets.json: articleJsBeforeInteractionBytes). Per script:\n${lines.join('\n')}\n`,
  ).toBeLessThanOrEqual(budgets.articleJsBeforeInteractionBytes);
});

test('the article fetches nothing of the search (index, data or modules) before the search is used', async ({ page }) => {
  const { resources } = await measure(page);
  const search = resources.filter((resource) => /\/(pagefind|search-data)\/|pagefind|\/_astro\/search[^/]*$|\/scripts\/search-page\.js$|\.wasm$/i.test(new URL(resource.url).pathname));
  expect(search.map((resource) => `${short(resource.url)} (${resource.transferred} B)`), 'search requests made by merely loading the article').toEqual([]);
});
