import { expect, test, type Page } from '@playwright/test';
import { DEV_API_KEY } from '../../mock/auth/auth-store.ts';
import { CONTENT_SECURITY_POLICY } from '../../vite.config.ts';

// Through a real nginx configured by test/nginx/ocore-monitor.conf (see run.sh). The mock pushes an
// event every MOCK_STREAM_INTERVAL_MS (2 min) and a heartbeat every 15 s; nginx's proxy_read_timeout
// is its default 60 s.

const mockUrl = process.env.MOCK_URL ?? '';
const streamIntervalMs = Number(process.env.MOCK_STREAM_INTERVAL_MS ?? 120_000);
const NGINX_READ_TIMEOUT_MS = 60_000;

test.beforeAll(() => {
  if (!mockUrl || !process.env.NGINX_URL) throw new Error('Run through test/nginx/run.sh');
});

let problems: string[] = [];
test.beforeEach(async ({ page }) => {
  problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
});
test.afterEach(() => expect(problems).toEqual([]));

async function setMockFaults(patch: Record<string, unknown>) {
  const response = await fetch(`${mockUrl}/__mock/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(patch),
  });
  expect(response.ok).toBe(true);
}

async function streamConnects(): Promise<number> {
  return ((await (await fetch(`${mockUrl}/__mock/stats`)).json()) as { streamConnects: number })
    .streamConnects;
}

const liveRegion = (page: Page) => page.getByRole('region', { name: 'Live' });

test('pages, deep links and the runtime config load through nginx, with the CSP', async ({
  page,
  request,
}) => {
  for (const [path, heading] of [
    ['/', 'Fleet'],
    ['/servers/srv-01', 'odoo-prod-eu-1'],
    ['/instances/inst-01', 'Acme Corp'],
  ]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['x-content-type-options']).toBe('nosniff');
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'CPU usage' })).toBeVisible();
  // A missing asset is a 404, not index.html served as JavaScript.
  expect((await request.get('/assets/no-such-chunk.js')).status()).toBe(404);
  const config = await request.get('/config.json');
  expect(config.headers()['cache-control']).toBe('no-cache');
  expect(await config.json()).toMatchObject({ apiBaseUrl: '/api' });
});

test('the service worker and build id are revalidated; the manifest has its type', async ({
  request,
}) => {
  for (const path of ['/sw.js', '/build.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
    expect(response.headers()['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
  }
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.headers()['content-type']).toBe('application/manifest+json');
  expect(await manifest.json()).toMatchObject({ display: 'standalone' });
  // A hashed asset is still cached for a year.
  const worker = await (await request.get('/sw.js')).text();
  const asset = /"(\/assets\/[^"]+\.js)"/.exec(worker)?.[1] ?? '';
  expect((await request.get(asset)).headers()['cache-control']).toBe('max-age=31536000');
});

test('a quiet stream stays Live for over two minutes: heartbeats beat the 60 s read timeout', async ({
  page,
}) => {
  expect(streamIntervalMs).toBeGreaterThan(NGINX_READ_TIMEOUT_MS);
  await page.goto('/instances/inst-01');
  const status = liveRegion(page).getByRole('status');
  await expect(status).toHaveText('Live');
  const firstSampleAt = await liveRegion(page).locator('time').getAttribute('datetime');
  const connectsBefore = await streamConnects();

  // Control: the same route with no heartbeat at all is cut by nginx after its 60 s timeout.
  const silentStreamClosedAfter = timeUntilNginxClosesASilentStream();
  // Resolves (true) the moment the status shows anything but Live, even for one frame.
  const leftLive = page
    .waitForFunction(
      () => {
        const live = [...document.querySelectorAll('section')].find(
          (section) => section.querySelector('h2')?.textContent === 'Live',
        );
        return live?.querySelector('[role="status"]')?.textContent !== 'Live';
      },
      undefined,
      { timeout: 2 * 60_000 + 10_000, polling: 200 },
    )
    .then(
      () => true,
      () => false,
    );

  const closedAfterMs = await silentStreamClosedAfter;
  expect(closedAfterMs).toBeGreaterThan(NGINX_READ_TIMEOUT_MS - 2_000);
  expect(closedAfterMs).toBeLessThan(NGINX_READ_TIMEOUT_MS + 15_000);
  expect(await leftLive, 'the stream left Live while only heartbeats flowed').toBe(false);
  // The browser never reconnected (the one extra connect is the silent probe's), and the
  // 2-minute event came through its original connection.
  expect(await streamConnects()).toBe(connectsBefore + 1);
  await expect
    .poll(() => liveRegion(page).locator('time').getAttribute('datetime'), { timeout: 20_000 })
    .not.toBe(firstSampleAt);
  await expect(status).toHaveText('Live');
});

/** Opens a stream the mock leaves silent (no events, no heartbeats); ms until nginx ends it. */
async function timeUntilNginxClosesASilentStream(): Promise<number> {
  await setMockFaults({ streamStall: true });
  const startedAt = Date.now();
  const response = fetch(
    `${process.env.NGINX_URL}/api/instances/inst-02/monitoring/metrics/stream`,
    {
      headers: { Authorization: `Bearer ${DEV_API_KEY}`, Accept: 'text/event-stream' },
    },
  );
  // The fault applies to new connections only; the browser's stream must stay healthy.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await setMockFaults({ streamStall: false });
  try {
    const reader = (await response).body?.getReader();
    while (reader && !(await reader.read()).done);
  } catch {
    // nginx cut the chunked body short: that is the close being timed.
  }
  return Date.now() - startedAt;
}
