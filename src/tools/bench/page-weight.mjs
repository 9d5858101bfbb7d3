// What one page costs a first-time reader before they touch it: every request of the page
// and its dedicated workers, from CDP Network events with the cache disabled, grouped by
// type, and the JavaScript it runs (script responses plus inline scripts).

const QUIET_MS = 1500; // no request in flight for this long = the page has settled
const MAX_MS = 30_000;

/** Resource kind from the response's MIME type (the URL's extension as a fallback). */
export function kindOf(mimeType = '', url = '') {
  if (/html/.test(mimeType)) return 'html';
  if (/css/.test(mimeType)) return 'css';
  if (/javascript|ecmascript/.test(mimeType)) return 'js';
  if (/^font\/|woff|opentype|truetype/.test(mimeType) || /\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'font';
  return 'other';
}

export const KINDS = ['html', 'css', 'js', 'font', 'other'];

// Inline scripts the browser executes (JSON data blocks and import maps are not run).
const INLINE_SCRIPTS = `(() => {
  const run = [...document.querySelectorAll('script:not([src])')].filter((s) => !s.type || /^(module|text\\/javascript|application\\/javascript)$/i.test(s.type));
  return { count: run.length, bytes: run.reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0) };
})()`;

/**
 * Loads `url` in a fresh browser context and waits until the network has been quiet for
 * QUIET_MS (and `ready`, a JS expression, is true when given). Returns the requests and totals.
 */
export async function measurePage(cdp, url, { ready } = {}) {
  const { browserContextId } = await cdp.send('Target.createBrowserContext', { disposeOnDetach: true });
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  const sessions = new Set([sessionId]);
  const requests = new Map();
  let lastActivity = performance.now();
  let loaded = false;
  let status;

  const entry = (requestId) => {
    let found = requests.get(requestId);
    if (!found) {
      found = { url: '', type: '', mimeType: '', status: 0, transferred: 0, decoded: 0, done: false };
      requests.set(requestId, found);
    }
    return found;
  };
  const setUp = async (id) => {
    await cdp.send('Network.enable', {}, id);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true }, id);
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, id).catch(() => {});
  };
  const off = cdp.on(async ({ method, params, sessionId: from }) => {
    if (method === 'Target.attachedToTarget' && sessions.has(from)) {
      // A worker (Pagefind runs its search in one): follow its requests too, then let it start.
      const child = params.sessionId;
      sessions.add(child);
      await setUp(child).catch(() => {});
      await cdp.send('Runtime.runIfWaitingForDebugger', {}, child).catch(() => {});
      return;
    }
    if (!sessions.has(from)) return;
    if (method === 'Page.loadEventFired') loaded = true;
    if (!method.startsWith('Network.')) return;
    lastActivity = performance.now();
    if (method === 'Network.requestWillBeSent') {
      if (params.request.url.startsWith('data:')) return;
      const e = entry(params.requestId);
      e.url = params.request.url;
      e.type = params.type ?? e.type;
      e.done = false;
    } else if (method === 'Network.responseReceived') {
      const e = entry(params.requestId);
      e.mimeType = params.response.mimeType;
      e.status = params.response.status;
      e.type = params.type ?? e.type;
      if (params.type === 'Document' && status === undefined) status = params.response.status;
    } else if (method === 'Network.dataReceived') {
      entry(params.requestId).decoded += params.dataLength;
    } else if (method === 'Network.loadingFinished') {
      const e = entry(params.requestId);
      e.transferred = Math.max(e.transferred, params.encodedDataLength);
      e.done = true;
    } else if (method === 'Network.loadingFailed') {
      const e = entry(params.requestId);
      e.failed = params.errorText;
      e.done = true;
    }
  });

  try {
    await cdp.send('Page.enable', {}, sessionId);
    await setUp(sessionId);
    const started = performance.now();
    await cdp.send('Page.navigate', { url }, sessionId);
    const settled = async () => {
      if (!loaded) return false;
      if ([...requests.values()].some((e) => e.url && !e.done)) return false;
      if (performance.now() - lastActivity < QUIET_MS) return false;
      if (!ready) return true;
      const { result } = await cdp.send('Runtime.evaluate', { expression: ready, returnByValue: true }, sessionId);
      return result.value === true;
    };
    let timedOut = false;
    while (!(await settled())) {
      if (performance.now() - started > MAX_MS) {
        timedOut = true;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { result } = await cdp.send('Runtime.evaluate', { expression: INLINE_SCRIPTS, returnByValue: true }, sessionId);
    const inline = result.value ?? { count: 0, bytes: 0 };
    return summarise(url, status, [...requests.values()].filter((e) => e.url), inline, timedOut);
  } finally {
    off();
    await cdp.send('Target.closeTarget', { targetId }).catch(() => {});
    await cdp.send('Target.disposeBrowserContext', { browserContextId }).catch(() => {});
  }
}

function summarise(url, status, list, inline, timedOut) {
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, { requests: 0, transferred: 0, decoded: 0 }]));
  for (const e of list) {
    e.kind = kindOf(e.mimeType, e.url);
    const bucket = byKind[e.kind];
    bucket.requests += 1;
    bucket.transferred += e.transferred;
    bucket.decoded += e.decoded;
  }
  const total = (field) => list.reduce((sum, e) => sum + e[field], 0);
  const wasm = list.filter((e) => /wasm/.test(e.mimeType) || /(\.wasm|\/wasm\.[\w-]+\.pagefind)(\?|$)/.test(e.url));
  return {
    url,
    status,
    requests: list.length,
    transferred: total('transferred'),
    decoded: total('decoded'),
    byKind,
    js: {
      scriptResponses: byKind.js.decoded,
      inlineScripts: inline.bytes,
      inlineCount: inline.count,
      total: byKind.js.decoded + inline.bytes,
      wasmDecoded: wasm.reduce((sum, e) => sum + e.decoded, 0),
    },
    failed: list.filter((e) => e.failed || e.status >= 400).map((e) => ({ url: e.url, status: e.status, error: e.failed })),
    timedOut,
    resources: list
      .map((e) => ({ url: new URL(e.url).pathname + new URL(e.url).search, kind: e.kind, status: e.status, transferred: e.transferred, decoded: e.decoded }))
      .sort((a, b) => b.transferred - a.transferred),
  };
}
