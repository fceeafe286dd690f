import { expect, test, type Locator, type Page } from './base-fixture.ts';
import { setFaults } from './mock-control.ts';
import { chartRegion, liveRegion, periodSelector } from './page-objects.ts';

// Bad payloads with a 200 status: the mock's `malformed` switch, an empty history and a
// 100,000-sample one. Nothing crashes, nothing impossible is drawn, and the operator is told.

const region = (page: Page, name: string) => chartRegion(page, name).region;
const linePath = (card: Locator) => card.locator('path.recharts-line-curve').first();
const expectDrawn = (card: Locator) => expect(linePath(card)).toHaveAttribute('d', /L/);
/** Nothing plotted: no line at all, or one without a single segment. */
async function expectNothingPlotted(card: Locator) {
  await expect(card.locator('svg.recharts-surface')).toBeVisible();
  for (const path of await card.locator('path.recharts-line-curve').all()) {
    expect((await path.getAttribute('d')) ?? '').not.toMatch(/L/);
  }
}
const live = (page: Page) => liveRegion(page).region;
const fleetRow = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(name) });

test('invalid JSON: every panel says the response cannot be read; lists still work', async ({
  page,
  request,
}) => {
  await setFaults(request, { malformed: 'invalid-json' });
  await page.goto('/');
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /Latest metrics could not be loaded for \d+ servers/ }),
  ).toContainText('sent a response the dashboard cannot read');
  await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBeGreaterThan(10);

  await page.goto('/servers/srv-01');
  await expect(region(page, 'CPU usage').getByRole('alert')).toContainText(
    '(GET /servers/srv-01/metrics: not JSON)',
  );
  await expect(page.getByRole('alert').filter({ hasText: 'Latest values' })).toContainText(
    'not JSON',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'odoo-prod-eu-1' })).toBeVisible();

  await page.goto('/instances/inst-01');
  await expect(region(page, 'CPU usage').getByRole('alert')).toContainText('not JSON');
  // Garbage events are counted and skipped; the connection itself stays up.
  await expect(live(page).getByRole('note')).toContainText(
    /\d+ unreadable live updates? (was|were) ignored/,
  );
  await expect(live(page).getByRole('status')).toHaveText('Live');
});

test('wrong types: numeric strings are read, a boolean CPU is invalid, the rest is drawn', async ({
  page,
  request,
}) => {
  await setFaults(request, { malformed: 'wrong-types' });
  await page.goto('/servers/srv-01');
  await expect(page.getByRole('meter', { name: 'CPU' })).toHaveAttribute(
    'aria-valuetext',
    'invalid (the API sent true; expected 0–100 %)',
  );
  await expect(page.getByRole('meter', { name: 'Memory' })).toHaveAttribute(
    'aria-valuetext',
    /GiB · \d+ %/,
  );
  await expectDrawn(region(page, 'Memory'));
  await expectDrawn(region(page, 'Load average'));

  await page.goto('/instances/inst-01');
  await expect(live(page).getByRole('status')).toHaveText('Live');
  await expectDrawn(region(page, 'Memory'));
});

test('missing fields: samples without a time are skipped, missing values are gaps', async ({
  page,
  request,
}) => {
  await setFaults(request, { malformed: 'missing-fields' });
  await page.goto('/servers/srv-01');
  await expect(page.getByRole('alert').filter({ hasText: 'Latest values' })).toContainText(
    'no usable collectedAt',
  );
  await expectNothingPlotted(region(page, 'CPU usage'));
  await expectDrawn(region(page, 'Load average'));
  await expect(region(page, 'CPU usage')).toContainText('Latest — · peak —');

  await page.goto('/instances/inst-01');
  await expect(live(page).getByRole('status')).toHaveText('Live');
  await expectDrawn(region(page, 'Network'));
});

test('absurd values: shown as invalid with the raw value, never plotted or judged', async ({
  page,
  request,
}) => {
  await setFaults(request, { malformed: 'absurd-values' });
  await page.goto('/');
  const row = fleetRow(page, 'odoo-prod-eu-1');
  const cells = row.getByRole('cell');
  await expect(cells.nth(1)).toContainText('invalid');
  // The raw value is one hover or keyboard focus away, as a tooltip tied to the value.
  await cells.nth(1).getByText('invalid').focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText('The API sent 4000; expected 0–100 %');
  await expect(cells.nth(3)).toContainText('invalid');
  await cells.nth(3).getByText('invalid').hover();
  await expect(cells.nth(3).getByRole('tooltip')).toHaveText('The API sent 300; expected 0–100 %');
  // An impossible reading is no reason to call a server critical.
  await expect(cells.nth(1)).not.toContainText('critical');

  await page.goto('/servers/srv-01');
  await expect(page.getByRole('meter', { name: 'CPU' })).toHaveAttribute(
    'aria-valuetext',
    'invalid (the API sent 4000; expected 0–100 %)',
  );
  await expect(page.getByRole('meter', { name: 'Disk /' })).toHaveAttribute(
    'aria-valuetext',
    /^invalid \(the API sent 300; expected 0–100 %\)$/,
  );
  await expectNothingPlotted(region(page, 'CPU usage'));
  await expectNothingPlotted(region(page, 'Uptime'));
  // Counters that run backwards give no rate at all, never a negative one.
  await expect(region(page, 'Network')).toContainText('Receive — · transmit —');
  await expectNothingPlotted(region(page, 'Network'));
  await expectDrawn(region(page, 'Load average'));

  await page.goto('/instances/inst-01');
  await expect(live(page).getByRole('meter', { name: 'CPU' })).toHaveAttribute(
    'aria-valuetext',
    'invalid (the API sent 4000; expected 0–800 % (8 cores × 100 %))',
  );
  await expect(live(page).getByRole('meter', { name: 'Memory' })).toHaveAttribute(
    'aria-valuetext',
    /^invalid \(the API sent -1234567/,
  );
  await expect(live(page)).toContainText('Disk used');
  await expect(live(page).getByText('invalid')).toHaveCount(3);
  await expectNothingPlotted(region(page, 'CPU usage'));
});

test('out-of-order and duplicate timestamps: sorted, deduplicated, drawn left to right', async ({
  page,
  request,
}) => {
  await page.goto('/servers/srv-01');
  const cleanPoints = pointsOf(await linePath(region(page, 'CPU usage')).getAttribute('d'));
  for (const kind of ['out-of-order', 'duplicates'] as const) {
    await setFaults(request, { malformed: kind });
    await page.reload();
    const d = await linePath(region(page, 'CPU usage')).getAttribute('d');
    const xs = pointsOf(d).map(([x]) => x);
    expect(xs.length, kind).toBeGreaterThan(10);
    // The same number of points as the clean history (one more if a sample landed meanwhile).
    expect(Math.abs(xs.length - cleanPoints.length), kind).toBeLessThanOrEqual(1);
    for (let i = 1; i < xs.length; i++) expect(xs[i], kind).toBeGreaterThan(xs[i - 1]);
  }
  await page.goto('/instances/inst-01');
  await expect(live(page).getByRole('status')).toHaveText('Live');
  await expect(live(page).getByRole('meter', { name: 'CPU' })).toHaveAttribute(
    'aria-valuetext',
    /\d %/,
  );
});

test('an empty history says so, while the latest values still show', async ({ page }) => {
  await page.route('**/api/servers/srv-01/metrics?period=1h', (route) =>
    route.fulfill({ json: { count: 0, metrics: [], period: '1h' } }),
  );
  await page.goto('/servers/srv-01');
  await expect(region(page, 'CPU usage')).toContainText('No samples in this period.');
  await expect(page.getByRole('meter', { name: 'CPU' })).toHaveAttribute('aria-valuetext', /\d %/);
  // An instance that has never reported anything (the mock's inst-24).
  await page.goto('/instances/inst-24');
  await expect(region(page, 'CPU usage')).toContainText('No samples in this period.');
  await expect(live(page)).toContainText('Waiting for the first live sample…');
});

test('a 100,000-sample history draws with bounded SVG and the page stays responsive', async ({
  page,
}) => {
  const body = syntheticHistory(100_000);
  await page.route('**/api/servers/srv-01/metrics?period=7d', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  // Tens of megabytes cross the browser protocol and the main thread: allow for a busy machine.
  test.setTimeout(120_000);
  const startedAt = Date.now();
  await page.goto('/servers/srv-01?period=7d');
  await expect(linePath(region(page, 'CPU usage'))).toHaveAttribute('d', /L/, { timeout: 60_000 });
  test.info().annotations.push({
    type: '100k samples: load to drawn',
    description: `${Date.now() - startedAt} ms`,
  });
  const points = pointsOf(await linePath(region(page, 'CPU usage')).getAttribute('d'));
  expect(points.length).toBeLessThan(1_100);
  for (const name of ['Memory', 'Disk', 'Network', 'Load average']) {
    await expectDrawn(region(page, name));
  }
  await periodSelector(page).choose('1h');
  await expect(page).toHaveURL(/period=1h$/);
  await expectDrawn(region(page, 'CPU usage'));
});

/** [x, y] of every point in an SVG path made of M/L commands. */
function pointsOf(d: string | null): [number, number][] {
  return [...(d ?? '').matchAll(/[ML]\s*(-?[\d.]+)[,\s]+(-?[\d.]+)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}

/** `count` server samples evenly over the last 7 days, lean but as the API would send them. */
function syntheticHistory(count: number): string {
  const end = Date.now();
  const stepMs = (7 * 24 * 3600_000) / count;
  const gib = 1024 ** 3;
  const metrics = Array.from({ length: count }, (_, i) => {
    const wave = Math.sin(i / 500);
    return {
      collectedAt: Math.round(end - (count - 1 - i) * stepMs),
      cpuUsagePercent: Math.round(400 + 300 * wave) / 10,
      cpuLoad1m: Math.round(200 + 100 * wave) / 100,
      ramTotalBytes: 32 * gib,
      ramUsedBytes: Math.round((16 + 4 * wave) * gib),
      diskTotalBytes: 320 * gib,
      diskUsedBytes: 150 * gib,
      networkRxBytes: i * 5_000_000,
      networkTxBytes: i * 2_000_000,
      uptimeSeconds: Math.round(9_000_000 + i * (stepMs / 1000)),
    };
  });
  return JSON.stringify({ count, metrics, period: '7d' });
}
