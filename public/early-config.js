// The first script on the page (async, no imports, not bundled): it asks for /config.json at once,
// while the app's code still downloads, instead of after it: one round trip less before anything
// can be fetched or drawn (~150 ms on a slow link). src/app/shell-worker.ts reads the answer; the
// promise holds the Response or what the request threw, and never rejects.
window.__ocoreEarlyConfig = fetch('/config.json', {
  cache: 'no-store',
  headers: { Accept: 'application/json' },
}).catch((error) => error);
