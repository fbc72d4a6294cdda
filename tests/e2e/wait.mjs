// Polling for the browser tests: what a page, panel or sidebar shows arrives
// asynchronously, so the tests ask again until it is there or time is up.
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Calls `fn` every `interval` ms until it returns something truthy (its value
 * is returned) or `timeout` ms have passed; then throws, naming `what`, the
 * last error `fn` threw and, if given, `detail()` (e.g. a process's output).
 */
export async function until(fn, what, { timeout, interval = 150, detail } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try { last = await fn(); if (last) return last; } catch (e) { last = e; }
    await sleep(interval);
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}${
    detail ? `\n${detail()}` : ''}`);
}
