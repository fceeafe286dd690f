import { expect, test } from '@playwright/test';
import { mockStats, resetFaults, setFaults } from './mock-control.ts';

// The preview server streams every 500 ms (playwright.config.ts), so live behaviour shows fast.
test.afterEach(async ({ request }) => resetFaults(request));

const connection = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Live' }).getByRole('status');
const cpuMeter = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Live' }).getByRole('meter', { name: 'CPU' });

test('goes live and the CPU gauge keeps moving', async ({ page }) => {
  await page.goto('/instances/inst-01');
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Corp' })).toBeVisible();
  await expect(connection(page)).toHaveText('Live');
  const first = await cpuMeter(page).getAttribute('aria-valuetext');
  await expect
    .poll(() => cpuMeter(page).getAttribute('aria-valuetext'), { timeout: 10_000 })
    .not.toBe(first);
  for (const name of [
    'CPU usage',
    'Memory',
    'Disk',
    'Network',
    'HTTP response (ms)',
    'Active workers',
  ]) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
});

test('a dropped stream shows Reconnecting and comes back Live without a reload', async ({
  page,
  request,
}) => {
  // Faults apply to new connections: every connection now dies after three events.
  await setFaults(request, { streamDropAfter: 3 });
  await page.goto('/instances/inst-01');
  await expect(connection(page)).toHaveText('Live');
  await expect(connection(page)).toHaveText(/^Reconnecting/, { timeout: 15_000 });
  await resetFaults(request);
  await expect(connection(page)).toHaveText('Live', { timeout: 40_000 });
  await expect.poll(async () => (await mockStats(request)).openStreams).toBe(1);
});

test('a stalled stream is caught by the watchdog and recovers', async ({ page, request }) => {
  await page.clock.install();
  await setFaults(request, { streamStall: true });
  await page.goto('/instances/inst-02');
  await expect(connection(page)).toHaveText('Live');
  // No byte for 3 × 10 s: the watchdog gives up on the silent connection.
  await page.clock.fastForward(31_000);
  await expect(connection(page)).toHaveText(/^Reconnecting/);
  await resetFaults(request);
  await page.clock.fastForward(35_000);
  await expect(connection(page)).toHaveText('Live', { timeout: 20_000 });
});

test('leaving the page closes its stream', async ({ page, request }) => {
  await page.goto('/instances/inst-01');
  await expect(connection(page)).toHaveText('Live');
  await expect.poll(async () => (await mockStats(request)).openStreams).toBe(1);
  await page.getByRole('link', { name: 'Fleet', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: 'Fleet' })).toBeVisible();
  await expect.poll(async () => (await mockStats(request)).openStreams).toBe(0);
});
