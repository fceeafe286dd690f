import { expect, test } from './base-fixture.ts';
import { mockStats } from './mock-control.ts';
import { chartRegion, liveRegion } from './page-objects.ts';

// The preview server streams every 500 ms (playwright.config.ts), so live behaviour shows fast.
// Drops, stalls and other stream faults: fault-matrix-stream.spec.ts.

test('goes live and the CPU gauge keeps moving', async ({ page }) => {
  const live = liveRegion(page);
  await page.goto('/instances/inst-01');
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Corp' })).toBeVisible();
  await expect(live.status).toHaveText('Live');
  const first = await live.cpuMeter.getAttribute('aria-valuetext');
  await expect
    .poll(() => live.cpuMeter.getAttribute('aria-valuetext'), { timeout: 10_000 })
    .not.toBe(first);
  for (const name of [
    'CPU usage',
    'Memory',
    'Disk',
    'Network',
    'HTTP response (ms)',
    'Active workers',
  ]) {
    await expect(chartRegion(page, name).region).toBeVisible();
  }
});

test('leaving the page closes its stream', async ({ page, request }) => {
  await page.goto('/instances/inst-01');
  await expect(liveRegion(page).status).toHaveText('Live');
  await expect.poll(async () => (await mockStats(request)).openStreams).toBe(1);
  await page.getByRole('link', { name: 'Fleet', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: 'Fleet' })).toBeVisible();
  await expect.poll(async () => (await mockStats(request)).openStreams).toBe(0);
});
