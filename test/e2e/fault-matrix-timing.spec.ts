import { expect, test } from './base-fixture.ts';
import { advanceUntil, skipRetryBackoff } from './fake-clock.ts';
import {
  chartRegion,
  cpuChartDrawn,
  fleetTableRows,
  liveRegion,
  periodSelector,
} from './page-objects.ts';
import { setFaults } from './mock-control.ts';

// When failures meet time: Retry-After honoured (no request early), a response slower than the
// 15 s client timeout, a refresh or a new period failing after good data, a page chunk missing.

test('429 with Retry-After: no request before it expires, then the list loads', async ({
  page,
  request,
  guard,
}) => {
  guard.expectFailedStatus(429);
  // Browser-side send times, so event delivery to the test cannot blur the measurement.
  const sentAt: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/api/servers') {
      sentAt.push(response.request().timing().startTime);
    }
  });
  await setFaults(request, {
    errors: [{ pattern: '*/api/servers', status: 429, retryAfterSeconds: 3, times: 1 }],
  });
  await page.goto('/');
  await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBeGreaterThan(10);
  expect(sentAt.length).toBeGreaterThanOrEqual(2);
  expect(sentAt[1] - sentAt[0]).toBeGreaterThanOrEqual(3_000);
  // A 429 that lasts: every retry waits its Retry-After, then the operator is told.
  sentAt.length = 0;
  await setFaults(request, {
    errors: [{ pattern: '*/api/servers', status: 429, retryAfterSeconds: 2 }],
  });
  await page.reload();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The server list could not be loaded' }),
  ).toContainText('Too many requests', { timeout: 15_000 });
  expect(sentAt).toHaveLength(3);
  for (let i = 1; i < sentAt.length; i++) {
    expect(sentAt[i] - sentAt[i - 1]).toBeGreaterThanOrEqual(2_000);
  }
});

test('429 on the stream: waits out Retry-After before reconnecting', async ({
  page,
  request,
  guard,
}) => {
  guard.expectFailedStatus(429);
  const sentAt: number[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('/stream')) sentAt.push(response.request().timing().startTime);
  });
  await setFaults(request, {
    errors: [{ pattern: '*/stream', status: 429, retryAfterSeconds: 4, times: 1 }],
  });
  await page.goto('/instances/inst-01');
  const live = liveRegion(page).region;
  await expect(live.getByRole('status')).toHaveText(/^Reconnecting in [1-4] s/);
  await expect(live).toContainText('The oCore API asked us to slow down');
  await expect(live.getByRole('status')).toHaveText('Live', { timeout: 15_000 });
  expect(sentAt[1] - sentAt[0]).toBeGreaterThanOrEqual(4_000);
});

test('an API slower than the 15 s timeout: says so after the retries, then recovers', async ({
  page,
  request,
}) => {
  // The real 15 s client timeout, on a fake clock: the mock really holds every /api response.
  await page.clock.install();
  await setFaults(request, { latencyMs: 60_000 });
  await page.goto('/');
  const notice = page.getByRole('alert').filter({ hasText: 'The server list could not be loaded' });
  // First try and two retries each give up after 15 s: a few jumps of the clock.
  await advanceUntil(page, notice, { stepMs: 16_000, maxSteps: 8 });
  await expect(notice).toContainText('The oCore API did not answer within 15 s');
  await setFaults(request, { latencyMs: 0 });
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBeGreaterThan(10);
  await expect(notice).toHaveCount(0);
});

test('a refresh that fails keeps the last good data with its age, and says why', async ({
  page,
  request,
  guard,
}) => {
  guard.expectFailedStatus(503);
  await page.clock.install();
  // The fleet list refreshes every 30 s.
  await page.goto('/');
  await fleetTableRows(page);
  await setFaults(request, { errors: [{ pattern: '*/api/servers', status: 503 }] });
  await page.clock.fastForward(31_000);
  const listNotice = page
    .getByRole('alert')
    .filter({ hasText: 'The server list could not be refreshed' });
  await skipRetryBackoff(page, listNotice);
  await expect(listNotice).toContainText('Service temporarily unavailable');
  await fleetTableRows(page);
  await expect(page.getByRole('main')).toContainText(/Updated \d+ (s|min) ago|Stale · updated/);

  await setFaults(request, { errors: [] });
  await page.goto('/servers/srv-01');
  await cpuChartDrawn(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await setFaults(request, { errors: [{ pattern: '*/api/servers/srv-01/metrics', status: 503 }] });
  // The 1 h history refreshes every 30 s; then two retries back off.
  await page.clock.fastForward(31_000);
  const cpu = chartRegion(page, 'CPU usage').region;
  await advanceUntil(page, cpu.getByRole('alert'), { stepMs: 5_000, maxSteps: 5 });
  await expect(cpu.getByRole('alert')).toContainText('Service temporarily unavailable');
  await cpuChartDrawn(page);
  await expect(cpu).toContainText(/Updated \d+ (s|min) ago|Stale · updated/);
});

test('a period whose history fails keeps the previous period on screen, dimmed', async ({
  page,
  request,
  guard,
}) => {
  guard.expectFailedStatus(502);
  await page.goto('/instances/inst-01');
  await cpuChartDrawn(page);
  await setFaults(request, { errors: [{ pattern: '*/monitoring/metrics', status: 502 }] });
  await periodSelector(page).choose('6h');
  const cpu = chartRegion(page, 'CPU usage').region;
  await expect(cpu.getByRole('alert')).toContainText('Bad Gateway (502)', { timeout: 15_000 });
  await expect(cpu).toHaveAttribute('aria-busy', 'true');
  await cpuChartDrawn(page);
});

test('a page whose code cannot be fetched shows the route error with a way on', async ({
  page,
  guard,
}) => {
  guard.expectNetworkFailures();
  await page.route('**/assets/server-page-*.js', (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await page.getByRole('link', { name: 'odoo-prod-eu-1' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /The dashboard was updated|This page hit a problem/,
  );
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  await page.unroute('**/assets/server-page-*.js');
  await page.getByRole('link', { name: 'Back to the fleet' }).click();
  await expect(page.getByRole('heading', { name: 'Fleet' })).toBeVisible();
});
