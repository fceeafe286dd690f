// The dashboard's service worker: keeps the app shell of one build (HTML, JS, CSS, icons) so a
// screen that (re)starts while the dashboard's web server is down still opens the app, which then
// shows the connection banner and recovers by itself. Nothing else is ever cached: no /api
// response, no credential, no config.json (it may hold a key), no build.json, not this file.
// sw/vite-plugin.ts fills in SHELL (this build's version and file list) and writes dist/sw.js.

const SHELL = { version: 'dev', files: ['/index.html'] };
const CACHE_PREFIX = 'ocore-shell-';
const CACHE = `${CACHE_PREFIX}${SHELL.version}`;
const SHELL_FILES = new Set(SHELL.files);
// The server may answer with `Vary: Origin`; a module script asks with an Origin header, the
// install step without, and both mean the very same file.
const MATCH = { cacheName: CACHE, ignoreVary: true };
// A server that accepts the connection but never answers must not keep a screen blank forever.
const NAVIGATION_TIMEOUT_MS = 10_000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `reload`: straight from the server, never from the browser's HTTP cache.
      await cache.addAll(SHELL.files.map((file) => new Request(file, { cache: 'reload' })));
      // A new build takes over at once: an old worker never keeps serving an old shell.
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
          .map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && !isServerPath(url.pathname)) {
    event.respondWith(navigation(request));
  } else if (SHELL_FILES.has(url.pathname) && url.search === '') {
    event.respondWith(shellFile(request));
  }
  // Everything else goes to the network exactly as if there were no worker.
});

function isServerPath(pathname) {
  return pathname.startsWith('/api/') || pathname.startsWith('/__mock/');
}

/** The network's page when it answers (so a new build shows at once), the cached shell when not. */
async function navigation(request) {
  try {
    return await withTimeout(fetch(request), NAVIGATION_TIMEOUT_MS);
  } catch (error) {
    const cached = await caches.match('/index.html', MATCH);
    if (cached) return cached;
    throw error;
  }
}

/** Hashed assets never change and the icons rarely do: the cache first, the network if missing. */
async function shellFile(request) {
  const cached = await caches.match(request, MATCH);
  return cached ?? fetch(request);
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The server did not answer in time')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
