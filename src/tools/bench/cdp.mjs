// A minimal Chrome DevTools Protocol client over Node's WebSocket, with flattened sessions:
// enough to drive a page and read its network events without a browser automation library.

/** Connects to a browser's DevTools WebSocket (`ws://…/devtools/browser/…`). */
export async function connectCdp(wsUrl) {
  const ws = new WebSocket(wsUrl);
  await new Promise((resolve, reject) => {
    ws.addEventListener('open', resolve, { once: true });
    ws.addEventListener('error', () => reject(new Error(`cannot connect to ${wsUrl}`)), { once: true });
  });
  let nextId = 1;
  const pending = new Map();
  const listeners = new Set();
  ws.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data));
    if (message.id !== undefined) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (!waiter) return;
      if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter.resolve(message.result);
      return;
    }
    for (const listener of listeners) listener(message);
  });
  ws.addEventListener('close', () => {
    for (const waiter of pending.values()) waiter.reject(new Error(`${waiter.method}: connection closed`));
    pending.clear();
  });
  return {
    /** Sends a command, to the browser or (with sessionId) to an attached target. */
    send(method, params = {}, sessionId = undefined) {
      const id = nextId++;
      ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject, method }));
    },
    /** Calls `listener({ method, params, sessionId })` for every event; returns an unsubscribe. */
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      ws.close();
    },
  };
}
