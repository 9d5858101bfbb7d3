// The requests of a page, the one measurement of what a page costs a reader that every part
// of the benchmarks uses (page-weight.ts for a page's first view, the search costs for each
// query): every request the page and its dedicated workers make, in phases (loading the
// page, a first query, a second query …), each with the bytes that crossed the network
// (transferred: headers and encoded body) and the bytes it decoded to, grouped by type.
import type { Page, Request } from '@playwright/test';

export const resourceKinds = ['html', 'css', 'js', 'font', 'other'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

interface RequestRecord {
  url: string;
  phase: string;
  kind: ResourceKind;
  status: number | undefined;
  failure: string | undefined;
  transferred: number;
  /** The encoded body alone (transferred less the headers). */
  body: number;
  decoded: number;
  /** Its sizes are known (or it failed). */
  settled: boolean;
}

export interface Bytes {
  requests: number;
  transferred: number;
  decoded: number;
}

export interface Resource {
  /** Path and query, without the origin. */
  path: string;
  kind: ResourceKind;
  status: number | undefined;
  transferred: number;
  decoded: number;
}

export interface Weight extends Bytes {
  byKind: Record<ResourceKind, Bytes>;
  /** Heaviest first. */
  resources: Resource[];
  failed: { path: string; status: number | undefined; failure: string | undefined }[];
}

/** Resource kind from the response's MIME type, then from what the browser loaded it as. */
export function kindOf(contentType: string, resourceType: string, url: string): ResourceKind {
  if (/html/.test(contentType) || resourceType === 'document') return 'html';
  if (/css/.test(contentType) || resourceType === 'stylesheet') return 'css';
  if (/javascript|ecmascript/.test(contentType) || resourceType === 'script') return 'js';
  if (/^font\/|woff|opentype|truetype/.test(contentType) || resourceType === 'font' || /\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'font';
  return 'other';
}

const emptyBytes = (): Bytes => ({ requests: 0, transferred: 0, decoded: 0 });

/** Totals of a list of requests, by kind, heaviest first. */
function weightOf(records: readonly RequestRecord[]): Weight {
  const byKind: Record<ResourceKind, Bytes> = { html: emptyBytes(), css: emptyBytes(), js: emptyBytes(), font: emptyBytes(), other: emptyBytes() };
  const total = emptyBytes();
  for (const record of records) {
    for (const bucket of [total, byKind[record.kind]]) {
      bucket.requests += 1;
      bucket.transferred += record.transferred;
      bucket.decoded += record.decoded;
    }
  }
  const path = (url: string) => {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  };
  return {
    ...total,
    byKind,
    resources: records
      .map((record) => ({ path: path(record.url), kind: record.kind, status: record.status, transferred: record.transferred, decoded: record.decoded }))
      .sort((a, b) => b.transferred - a.transferred),
    failed: records.filter((record) => record.failure !== undefined || (record.status ?? 0) >= 400).map((record) => ({ path: path(record.url), status: record.status, failure: record.failure })),
  };
}

export interface SettleOptions {
  /** The network counts as settled after this long with no request starting or ending. */
  quietMs?: number;
  maxMs?: number;
  /** Also wait for this (for example: the search results have settled). */
  ready?: (page: Page) => Promise<boolean>;
}

export interface RequestRecorder {
  /** The phase requests starting from now on belong to. */
  setPhase(phase: string): void;
  /** Waits for the network to be quiet (and `ready`); false when `maxMs` passed first. */
  settle(options?: SettleOptions): Promise<boolean>;
  /** What the requests of one phase cost; call after `settle`. */
  weigh(phase: string): Weight;
}

// Resource Timing keeps 250 entries by default; a search can make more requests than that.
const TIMING_BUFFER = 'performance.setResourceTimingBufferSize(100000);';

/**
 * Records every request of `page` from now on. A request served from the browser's cache,
 * with nothing on the network, is not counted; a revalidation (304) is.
 */
export async function recordRequests(page: Page): Promise<RequestRecorder> {
  await page.addInitScript(TIMING_BUFFER);
  const records: RequestRecord[] = [];
  const byRequest = new Map<Request, RequestRecord>();
  let phase = 'load';
  let lastActivity = performance.now();

  page.on('request', (request) => {
    lastActivity = performance.now();
    if (request.url().startsWith('data:')) return;
    const record: RequestRecord = { url: request.url(), phase, kind: kindOf('', request.resourceType(), request.url()), status: undefined, failure: undefined, transferred: 0, body: 0, decoded: 0, settled: false };
    records.push(record);
    byRequest.set(request, record);
  });
  const finish = async (request: Request, failure: string | undefined) => {
    lastActivity = performance.now();
    const record = byRequest.get(request);
    if (!record) return;
    try {
      const sizes = await request.sizes();
      record.transferred = sizes.responseHeadersSize + sizes.responseBodySize;
      record.body = sizes.responseBodySize;
      const response = await request.response();
      record.status = response?.status();
      record.kind = kindOf(response?.headers()['content-type'] ?? '', request.resourceType(), record.url);
      // The decoded body; a worker's own script and redirects have none to give here.
      record.decoded = failure || !response ? 0 : await response.body().then((body) => body.byteLength, () => 0);
    } catch {
      // The page closed before its sizes were read: counted with what is known.
    }
    record.failure = failure;
    record.settled = true;
    lastActivity = performance.now();
  };
  page.on('requestfinished', (request) => void finish(request, undefined));
  page.on('requestfailed', (request) => void finish(request, request.failure()?.errorText ?? 'failed'));

  /**
   * Fills in sizes Playwright does not give (the body of a dedicated worker's own script is
   * reported as empty) from the document's Resource Timing, which has them.
   */
  const patchFromTiming = async () => {
    const timings = await page
      .evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry instanceof PerformanceResourceTiming)
          .map((entry) => [entry.name, { transferred: entry.transferSize, body: entry.encodedBodySize, decoded: entry.decodedBodySize }] as const),
      )
      .catch(() => []);
    const byUrl = new Map(timings);
    for (const record of records) {
      const timing = byUrl.get(record.url);
      if (!timing || record.failure !== undefined) continue;
      if (record.body === 0 && timing.body > 0) {
        record.transferred = Math.max(record.transferred, timing.transferred);
        record.body = timing.body;
        record.decoded = Math.max(record.decoded, timing.decoded);
      }
    }
  };

  return {
    setPhase(next) {
      phase = next;
    },
    async settle({ quietMs = 1500, maxMs = 30_000, ready } = {}) {
      const started = performance.now();
      for (;;) {
        const quiet = records.every((record) => record.settled) && performance.now() - lastActivity >= quietMs;
        if (quiet && (!ready || (await ready(page)))) break;
        if (performance.now() - started > maxMs) return false;
        await page.waitForTimeout(50);
      }
      await patchFromTiming();
      return true;
    },
    weigh(of) {
      return weightOf(records.filter((record) => record.phase === of && (record.transferred > 0 || record.failure !== undefined)));
    },
  };
}
