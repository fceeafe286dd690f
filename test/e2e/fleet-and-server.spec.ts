import { expect, test, type Page } from './base-fixture.ts';
import { setFaults } from './mock-control.ts';
import { chartRegion, periodSelector } from './page-objects.ts';

const CHARTS = ['CPU usage', 'Load average', 'Memory', 'Disk', 'Network', 'Uptime'];

/** Every chart region holds a drawn line (an SVG path with points). */
async function expectChartsDrawn(page: Page) {
  for (const name of CHARTS) {
    await expect(chartRegion(page, name).line).toHaveAttribute('d', /L/);
  }
}

test('the shell loads against the mock and lists the fleet, worst first', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Fleet' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(13);
  // The first data row is critical once latest metrics are in; the provisioning server is last.
  await expect(rows.nth(1)).toContainText(/critical/i);
  await expect(rows.last()).toContainText('Not reported yet');
});

test('open a server, switch through every period, and go back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'odoo-prod-eu-1' }).click();
  await expect(page).toHaveURL(/\/servers\/srv-01$/);
  await expect(page.getByRole('heading', { level: 1, name: 'odoo-prod-eu-1' })).toBeVisible();
  await expectChartsDrawn(page);

  const cpuLine = chartRegion(page, 'CPU usage').line;
  for (const period of ['6h', '24h', '7d', '1h'] as const) {
    const before = await cpuLine.getAttribute('d');
    await periodSelector(page).choose(period);
    await expect(page).toHaveURL(new RegExp(`period=${period}$`));
    await expect(cpuLine).not.toHaveAttribute('d', before ?? '');
    await expectChartsDrawn(page);
  }
  await page.keyboard.press('3');
  await expect(page).toHaveURL(/period=24h$/);
  await page.goBack();
  await expect(page).toHaveURL(/period=1h$/);
  await expect(periodSelector(page).radio('1h')).toBeChecked();
});

test('an unknown server shows not-found with a way back', async ({ page, guard }) => {
  // The API answers 404 for the unknown id: the browser logs it, the page says "Not found".
  guard.expectFailedStatus(404);
  await page.goto('/servers/does-not-exist');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the fleet' }).click();
  await expect(page.getByRole('heading', { name: 'Fleet' })).toBeVisible();
});

test('the dense 7-day view (≈20,160 samples per series) renders with bounded SVG', async ({
  page,
  request,
}) => {
  await setFaults(request, { dense: true });
  const response = page.waitForResponse((r) => r.url().includes('/metrics?period=7d'));
  await page.goto('/servers/srv-01?period=7d');
  const body = await (await response).json();
  expect(body.metrics.length).toBeGreaterThan(20_000);
  await expectChartsDrawn(page);
  // Points drawn are bounded by the chart width (≈1 per 2 px), not by the data size.
  const points = await chartRegion(page, 'CPU usage').line.evaluate(
    (path) => (path.getAttribute('d') ?? '').split(/[LM]/).length,
  );
  expect(points).toBeLessThan(1_100);
  // The page stays responsive: switching period still works at once.
  await periodSelector(page).choose('1h');
  await expect(page).toHaveURL(/period=1h$/);
  await expectChartsDrawn(page);
});
