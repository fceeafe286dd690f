import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './base-fixture.ts';
import { build, preview, type PreviewServer } from 'vite';

// The app-shell service worker (sw/sw-template.js) against a dashboard server that goes away:
// this file runs its own `vite preview` (embedded mock and all, so /api goes down with it) and
// stops and restarts it on the same port. A second build, made here, plays the next deployment.

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow' });

const PORT = 4515;
const origin = `http://127.0.0.1:${PORT}`;
const firstBuild = `.e2e-dist/${process.env.E2E_PORT ?? 4317}`;
const nextBuild = `.e2e-dist/${PORT}-next`;
let server: PreviewServer | null = null;

async function startServer(outDir = firstBuild) {
  process.env.MOCK_STREAM_INTERVAL_MS ??= '500';
  server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false },
  });
}

async function stopServer() {
  await server?.close();
  server = null;
}

test.afterEach(stopServer);

/** The page's entry script, which names the build it comes from. */
const entryScript = (page: Page) =>
  page.locator('script[type="module"]').first().getAttribute('src');

async function entryScriptOf(outDir: string) {
  const html = await readFile(`${outDir}/index.html`, 'utf8');
  return /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
}

/** Opens the fleet and waits until the worker has kept the shell and controls the page. */
async function openWithWorker(page: Page) {
  await page.goto(`${origin}/`);
  await expect(page.getByRole('link', { name: 'odoo-prod-eu-1' })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/** Every URL the worker's caches hold. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        urls.push(`${name} ${new URL(request.url).pathname}`);
      }
    }
    return urls;
  });

test('a restart while the server is down opens the app with the banner, then recovers', async ({
  page,
  guard,
}) => {
  test.setTimeout(120_000);
  guard.expectNetworkFailures();
  await startServer();
  await openWithWorker(page);
  const cached = await cachedUrls(page);
  expect(cached.some((url) => url.endsWith(' /index.html'))).toBe(true);
  expect(cached.some((url) => /\/assets\/.+\.js$/.test(url))).toBe(true);
  // The shell only: never an API answer, the runtime config (it may hold a key) or the build id.
  expect(cached.filter((url) => /\/api\/|config\.json|build\.json|sw\.js/.test(url))).toEqual([]);
  // Let the last contact reach storage (written every few seconds).
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('ocore-monitor.last-contact')))
    .not.toBeNull();

  await stopServer();
  await page.reload();
  // The shell, from the worker: the app's own page and header, not the browser's error page.
  await expect(page.getByRole('heading', { level: 1, name: 'Fleet' })).toBeVisible();
  await expect(page.getByRole('banner').getByLabel('Current time')).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: 'Connection lost' });
  await expect(banner).toContainText(/last contact \d\d:\d\d:\d\d/, { timeout: 30_000 });

  // The server comes back: the data returns by itself (the test never reloads the page).
  await startServer();
  await expect(page.getByRole('link', { name: 'odoo-prod-eu-1' })).toBeVisible({
    timeout: 40_000,
  });
  await expect(banner).toHaveCount(0);
});

test('a new build replaces the cached shell, and the old one is dropped', async ({
  page,
  guard,
}) => {
  test.setTimeout(180_000);
  guard.expectNetworkFailures();
  await build({ configFile: 'vite.config.ts', logLevel: 'silent', build: { outDir: nextBuild } });
  const [oldEntry, newEntry] = [await entryScriptOf(firstBuild), await entryScriptOf(nextBuild)];
  expect(newEntry).not.toBe(oldEntry);

  await startServer(firstBuild);
  await openWithWorker(page);
  expect(await entryScript(page)).toBe(oldEntry);
  const oldCaches = await page.evaluate(() => caches.keys());

  // The next deployment goes live: a reload shows it at once, though the old shell is cached.
  await stopServer();
  await startServer(nextBuild);
  await page.reload();
  expect(await entryScript(page)).toBe(newEntry);
  await expect(page.getByRole('link', { name: 'odoo-prod-eu-1' })).toBeVisible();
  // Its worker takes over and drops the old build's shell.
  await expect
    .poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 })
    .toEqual([expect.not.stringMatching(oldCaches[0] ?? '-')]);

  // Offline again: the shell that opens is the new build's.
  await stopServer();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Fleet' })).toBeVisible();
  expect(await entryScript(page)).toBe(newEntry);
});
