import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { expect, test, type Page } from './base-fixture.ts';
import { chartRegion, periodSelector } from './page-objects.ts';

// Legends, synced zoom in the URL, finer data on zoom, compare and CSV on the server page.
const CHARTS = ['CPU usage', 'Load average', 'Memory', 'Disk', 'Network', 'Uptime'];
const PLOT_LEFT = 72;
const PLOT_RIGHT = 12;

const region = (page: Page, name: string) => chartRegion(page, name).region;
const chartOf = (page: Page, name: string) =>
  region(page, name).getByRole('group', { name: /chart: drag/ });
const cpuLine = (page: Page) => region(page, 'CPU usage').locator('path.recharts-line-curve');

async function xTicks(page: Page, name: string): Promise<string[]> {
  return region(page, name)
    .locator('text.recharts-cartesian-axis-tick-value[orientation="bottom"]')
    .allTextContents();
}

/** The bottom ticks with where they stand: a small pan can keep the labels but moves them. */
async function xTickPlaces(page: Page, name: string): Promise<string[]> {
  return region(page, name)
    .locator('text.recharts-cartesian-axis-tick-value[orientation="bottom"]')
    .evaluateAll((ticks) =>
      ticks.map((tick) => `${tick.textContent}@${Math.round(tick.getBoundingClientRect().x)}`),
    );
}

async function expectDrawn(page: Page) {
  for (const name of CHARTS) {
    await expect(chartRegion(page, name).line).toHaveAttribute('d', /L/);
  }
}

/** Drags across the chart's plot between two fractions of its width (0 = left edge of the plot). */
async function dragAcross(page: Page, chart: Locator, from: number, to: number) {
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  if (!box) throw new Error('chart has no box');
  const plotWidth = box.width - PLOT_LEFT - PLOT_RIGHT;
  const x = (share: number) => box.x + PLOT_LEFT + plotWidth * share;
  const y = box.y + box.height / 2;
  await page.mouse.move(x(from), y);
  await page.mouse.down();
  await page.mouse.move((x(from) + x(to)) / 2, y, { steps: 4 });
  await page.mouse.move(x(to), y, { steps: 4 });
  await page.mouse.up();
}

const pointCount = (d: string | null) => (d ?? '').split(/[LM]/).length - 1;

test('drag across CPU usage zooms all six charts alike, in the URL; Reset, Esc and back', async ({
  page,
}) => {
  await page.goto('/servers/srv-01?period=6h');
  await expectDrawn(page);
  const before = await xTicks(page, 'CPU usage');

  await dragAcross(page, chartOf(page, 'CPU usage'), 0.4, 0.6);
  await expect(page).toHaveURL(/from=.+&to=/);
  await expect.poll(() => xTicks(page, 'CPU usage')).not.toEqual(before);
  const zoomed = await xTicks(page, 'CPU usage');
  for (const name of CHARTS) expect(await xTicks(page, name)).toEqual(zoomed);
  const url = new URL(page.url());
  const span = Date.parse(url.searchParams.get('to')!) - Date.parse(url.searchParams.get('from')!);
  expect(span / 3_600_000).toBeCloseTo(1.2, 0);

  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect(page).not.toHaveURL(/from=/);
  await expect.poll(() => xTicks(page, 'Memory')).toEqual(before);

  await dragAcross(page, chartOf(page, 'Network'), 0.1, 0.3);
  await expect(page).toHaveURL(/from=/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/from=/);

  await page.goBack();
  await expect(page).toHaveURL(/from=/);
  await expect.poll(() => xTicks(page, 'Uptime')).not.toEqual(before);
  await periodSelector(page).choose('24h');
  await expect(page).toHaveURL(/period=24h$/);
});

test('zooming into the last 30 minutes of 24 h fetches the 1 h data and draws its finer samples', async ({
  page,
}) => {
  await page.goto('/servers/srv-01?period=24h');
  await expectDrawn(page);
  const cpu = region(page, 'CPU usage');
  await expect(cpu.getByText('5 min averages')).toBeVisible();

  const hourRequest = page.waitForRequest((request) =>
    request.url().includes('/metrics?period=1h'),
  );
  await dragAcross(page, chartOf(page, 'CPU usage'), 1 - 0.5 / 24, 1);
  await hourRequest;
  await expect(cpu.getByText('30 s samples (from the 1 h data)')).toBeVisible();
  // 30 minutes hold 6 five-minute points; the 1 h data has a sample every 30 s.
  await expect
    .poll(async () => pointCount(await cpuLine(page).first().getAttribute('d')))
    .toBeGreaterThan(40);
});

test('Compare draws a ghost on 24 h and is disabled with a reason on 7 d', async ({ page }) => {
  await page.goto('/servers/srv-01?period=24h');
  await expectDrawn(page);
  const compare = page.getByRole('button', { name: 'Compare with same time yesterday' });
  await expect(compare).toHaveAttribute('aria-pressed', 'false');
  const weekRequest = page.waitForRequest((request) =>
    request.url().includes('/metrics?period=7d'),
  );
  await compare.click();
  await weekRequest;
  await expect(page).toHaveURL(/compare=1/);
  await expect(compare).toHaveAttribute('aria-pressed', 'true');
  const ghost = region(page, 'CPU usage').locator(
    'path.recharts-line-curve[stroke-dasharray="3 3"]',
  );
  await expect(ghost).toHaveAttribute('d', /L/);
  await expect(region(page, 'CPU usage').getByText('CPU, same time yesterday')).toBeVisible();

  await page.keyboard.press('4');
  await expect(page).toHaveURL(/period=7d/);
  const disabled = page.getByRole('button', { name: /^Compare/ });
  await expect(disabled).toBeDisabled();
  await expect(page.getByText(/keeps 7 days of history/)).toBeVisible();
  await expect(ghost).toHaveCount(0);
});

test('Download CSV holds the raw samples of the window with units in the header', async ({
  page,
}) => {
  const history = page.waitForResponse((response) => response.url().includes('/metrics?period=6h'));
  await page.goto('/servers/srv-01?period=6h');
  const body = (await (await history).json()) as { metrics: { cpuUsagePercent: number | null }[] };
  await expectDrawn(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV: CPU usage' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cpu-usage_.+\.csv$/);
  const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\r\n');
  expect(lines[0]).toBe('time (ISO 8601, UTC),CPU (%)');
  const withValue = body.metrics.filter((sample) => typeof sample.cpuUsagePercent === 'number');
  expect(lines.length - 1).toBe(withValue.length);
  expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z,\d+(\.\d+)?$/);
});

test('keyboard alone zooms, pans, resets and lists the keys', async ({ page }) => {
  await page.goto('/servers/srv-01?period=6h');
  await expectDrawn(page);
  await page.keyboard.press('?');
  const help = page.getByRole('region', { name: 'Keyboard and pointer shortcuts' });
  await expect(help).toContainText('1 2 3 4');
  await expect(help).toContainText('Esc');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  const whole = await xTicks(page, 'Load average');
  await chartOf(page, 'Load average').focus();
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/from=/);
  await expect.poll(() => xTicks(page, 'Load average')).not.toEqual(whole);
  const windowOf = () => {
    const url = new URL(page.url());
    return [Date.parse(url.searchParams.get('from')!), Date.parse(url.searchParams.get('to')!)];
  };
  const [from, to] = windowOf();
  expect((to - from) / 3_600_000).toBeCloseTo(3, 1);
  const zoomedIn = await xTickPlaces(page, 'Load average');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => windowOf()[0]).toBeLessThan(from);
  expect(windowOf()[1] - windowOf()[0]).toBe(to - from);
  await expect.poll(() => xTickPlaces(page, 'Load average')).not.toEqual(zoomedIn);
  await page.keyboard.press('-');
  await expect(page).not.toHaveURL(/from=/);
  await expect.poll(() => xTicks(page, 'Load average')).toEqual(whole);
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/from=/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/from=/);
});
