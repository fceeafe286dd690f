import type { APIRequestContext } from '@playwright/test';
import { expect, test, type Page } from './base-fixture.ts';
import { DEV_API_KEY, READ_ONLY_API_KEY } from '../../mock/auth/auth-store.ts';

// oCore's alerts everywhere: header count, tab title and favicon, /alerts, chart markers, the wall.

test.beforeEach(async ({ request }) => {
  expect((await request.delete('/__mock/alerts')).ok()).toBe(true);
});
test.afterEach(async ({ request }) => {
  await request.delete('/__mock/alerts');
});

async function mockOpenCount(request: APIRequestContext): Promise<number> {
  const response = await request.get('/api/monitoring/alerts/count', {
    headers: { Authorization: `Bearer ${DEV_API_KEY}` },
  });
  return ((await response.json()) as { count: number }).count;
}

const favicon = (page: Page) =>
  page.evaluate(() => document.querySelector('link[rel="icon"]')?.getAttribute('href') ?? '');
const openRows = (page: Page) =>
  page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: /^Resolve / }) });

test('the header count, the title and the favicon match the open events, and follow a resolve', async ({
  page,
  request,
}) => {
  const open = await mockOpenCount(request);
  expect(open).toBeGreaterThan(1);
  await page.goto('/');
  const badge = page.getByRole('link', { name: `${open} open alerts` });
  await expect(badge).toBeVisible();
  await expect(page).toHaveTitle(`(${open}) oCore monitor`);
  const badged = await favicon(page);
  expect(badged).toMatch(/^data:image\/svg\+xml,/);
  expect(decodeURIComponent(badged)).toContain(`>${open}</text>`);

  await badge.click();
  await expect(page).toHaveURL(/\/alerts$/);
  await expect(openRows(page)).toHaveCount(open);
  const first = openRows(page).first();
  const label = await first.getByRole('button', { name: /^Resolve / }).getAttribute('aria-label');
  await first.getByRole('button', { name: /^Resolve / }).click();
  await expect(openRows(page)).toHaveCount(open - 1);
  await expect(page.getByRole('link', { name: `${open - 1} open alert` })).toBeVisible();
  await expect(page).toHaveTitle(`(${open - 1}) oCore monitor`);
  await expect
    .poll(async () => decodeURIComponent(await favicon(page)))
    .toContain(`>${open - 1}</text>`);
  expect(await mockOpenCount(request)).toBe(open - 1);

  await page.getByRole('radio', { name: 'Resolved' }).check();
  await expect(page).toHaveURL(/show=resolved/);
  const title = label!.replace(/^Resolve /, '').replace(/ on .*$/, '');
  await expect(page.getByRole('table').getByText(title, { exact: true }).first()).toBeVisible();
});

test('a read-only key cannot resolve: the row stays open and the page says why', async ({
  page,
  request,
  guard,
}) => {
  guard.expectFailedStatus(403);
  const open = await mockOpenCount(request);
  await page.goto('/login');
  await page.getByLabel('API key', { exact: true }).fill(READ_ONLY_API_KEY);
  await page.getByRole('button', { name: 'Use this key' }).click();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Alerts' })
    .click();
  await expect(openRows(page)).toHaveCount(open);
  await openRows(page)
    .first()
    .getByRole('button', { name: /^Resolve / })
    .click();
  await expect(page.getByRole('alert')).toContainText('This key cannot resolve alerts');
  await expect(openRows(page)).toHaveCount(open);
  await expect(page.getByRole('link', { name: `${open} open alerts` })).toBeVisible();
  expect(await mockOpenCount(request)).toBe(open);
});

test("alert markers appear on the server's CPU chart, with the title on hover and focus", async ({
  page,
}) => {
  await page.goto('/servers/srv-08');
  const cpu = page.getByRole('region', { name: 'CPU usage', exact: true });
  const marker = cpu.getByRole('img', { name: 'Alert: Server unreachable (open)' });
  await expect(marker).toBeVisible();
  await expect(marker.locator('title')).toHaveText('Alert: Server unreachable (open)');
  const detail = marker.locator('.chart-marker-detail');
  await expect(detail).toBeHidden();
  await marker.focus();
  await expect(detail).toBeVisible();
});

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 1280, height: 400 },
];

for (const size of SIZES) {
  test(`the wall's alert strip fits ${size.width}×${size.height} with the tiles`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/wall?kiosk=1');
    const strip = page.getByRole('region', { name: 'Newest open alerts' });
    await expect(strip.getByRole('listitem').first()).toContainText('Server unreachable');
    await expect(page.getByRole('list', { name: 'Fleet summary' })).toContainText(/open alerts?:/);
    const boxes = await page.evaluate(() => {
      const rect = (element: Element | null) =>
        element?.getBoundingClientRect().toJSON() as DOMRect;
      const stripElement = document.querySelector('[aria-label="Newest open alerts"]');
      return {
        strip: rect(stripElement),
        items: [...(stripElement?.querySelectorAll('li') ?? [])].map(rect),
        texts: [...(stripElement?.querySelectorAll('li') ?? [])].map(
          (li) => getComputedStyle(li).fontSize,
        ),
        grid: rect(document.querySelector('[aria-label="Servers, worst first"]')),
        scroll: {
          width: document.documentElement.scrollWidth,
          height: document.documentElement.scrollHeight,
        },
      };
    });
    expect(boxes.scroll.width).toBeLessThanOrEqual(size.width);
    expect(boxes.scroll.height).toBeLessThanOrEqual(size.height);
    expect(boxes.strip.right).toBeLessThanOrEqual(size.width);
    expect(boxes.strip.bottom).toBeLessThanOrEqual(boxes.grid.top);
    for (const item of boxes.items) {
      expect(item.left).toBeGreaterThanOrEqual(boxes.strip.left);
      expect(item.right).toBeLessThanOrEqual(boxes.strip.right + 0.5);
      expect(item.bottom).toBeLessThanOrEqual(boxes.strip.bottom + 0.5);
    }
    // Readable from three metres on a wall; the short rack screen is read from closer.
    const minimum = size.height >= 1080 ? 24 : 16;
    for (const fontSize of boxes.texts)
      expect(parseFloat(fontSize)).toBeGreaterThanOrEqual(minimum);
  });
}
