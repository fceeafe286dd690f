import { expect, test, type Page } from './base-fixture.ts';
import { resetFaults, setFaults } from './mock-control.ts';
import { advanceUntil } from './fake-clock.ts';
import { liveRegion } from './page-objects.ts';

// The NOC wall and kiosk mode: fits every screen, nothing to click, tells the truth about data
// age, survives failures and keeps rotating. Connection loss is simulated with 503s from the mock:
// stopping the shared preview server would take down every other test's backend.

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 1280, height: 400 },
];

const tiles = (page: Page) => page.getByRole('list', { name: 'Servers, worst first' });
const AGE = /Updated|Stale|No data since|Not reported yet/;

async function expectNoScroll(page: Page) {
  const size = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return {
      scrollWidth: root.scrollWidth,
      scrollHeight: root.scrollHeight,
      width: window.innerWidth,
      height: window.innerHeight,
    };
  });
  expect(size.scrollHeight).toBeLessThanOrEqual(size.height);
  expect(size.scrollWidth).toBeLessThanOrEqual(size.width);
}

/** Nothing to press or type into, no navigation; any link left in content ignores the pointer. */
async function expectNoControls(page: Page) {
  for (const role of [
    'button',
    'radiogroup',
    'radio',
    'navigation',
    'textbox',
    'combobox',
  ] as const) {
    await expect(page.getByRole(role).filter({ visible: true }), role).toHaveCount(0);
  }
  const links = page.getByRole('link').filter({ visible: true });
  for (const link of await links.all()) {
    await expect(link).toHaveCSS('pointer-events', 'none');
    await expect(link).toHaveCSS('text-decoration-line', 'none');
  }
}

for (const size of SIZES) {
  test(`kiosk wall at ${size.width}×${size.height}: fits, no controls, every tile aged`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/wall?kiosk=1');
    await expect(page.getByRole('list', { name: 'Fleet summary' })).toContainText('14 servers');
    await expect.poll(() => tiles(page).getByRole('listitem').count()).toBeGreaterThan(1);
    // The worst server comes first.
    await expect(tiles(page).getByRole('listitem').first()).toContainText('Critical');
    await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
    await expectNoScroll(page);
    await expectNoControls(page);
    // Every server tile says how old its numbers are, and nothing inside a tile is cut off.
    for (const tile of await tiles(page).locator(':scope > li').all()) {
      const fits = await tile.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
      expect(fits).toBe(true);
      if (!(await tile.textContent())?.startsWith('+')) await expect(tile).toContainText(AGE);
    }
    if (size.width === 1920) {
      const numberPx = await tiles(page)
        .getByRole('definition')
        .first()
        .evaluate((dd) =>
          Math.max(
            ...[...dd.querySelectorAll('*')].map((el) => parseFloat(getComputedStyle(el).fontSize)),
          ),
        );
      expect(numberPx).toBeGreaterThanOrEqual(32);
    }
  });

  test(`kiosk server page at ${size.width}×${size.height}: fits, no controls`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/servers/srv-01?kiosk=1');
    await expect(page.getByRole('heading', { level: 1, name: 'odoo-prod-eu-1' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Latest values' })).toBeInViewport();
    await expectNoScroll(page);
    await expectNoControls(page);
  });
}

test('a big fleet keeps the worst visible and summarises the rest, without scrolling', async ({
  page,
  request,
}) => {
  await setFaults(request, { fleetSize: 1000 });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/wall?kiosk=1');
  await expect(page.getByRole('list', { name: 'Fleet summary' })).toContainText(/100\d servers/);
  await expect(tiles(page)).toContainText(/\+ \d+ more servers/, { timeout: 20_000 });
  await expect(tiles(page).getByRole('listitem').first()).toContainText(/Critical|Unreachable/);
  await expectNoScroll(page);
});

test('kiosk mode and the time zone stick across reloads and plain URLs', async ({ page }) => {
  await page.goto('/servers/srv-01?kiosk=1&tz=utc');
  await expect(page.getByRole('heading', { level: 1, name: 'odoo-prod-eu-1' })).toBeVisible();
  // A URL without the parameters, as a bookmark or a redirect would give.
  await page.goto('/servers/srv-02');
  await expect(page).toHaveURL(/kiosk=1/);
  await expect(page).toHaveURL(/tz=utc/);
  await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoControls(page);
  // kiosk=0 switches it off again.
  await page.goto('/servers/srv-02?kiosk=0');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page).not.toHaveURL(/kiosk=/);
});

test('rotation cycles the wall and the chosen servers, keeps kiosk mode, survives errors and reloads', async ({
  page,
  request,
  guard,
}) => {
  // The errors it survives are the mock's 503s.
  guard.expectFailedStatus(503);
  // 1 s into a 3-step cycle of 30 s each (the step is derived from the time). The fake clock also
  // flows in real time; 30 s steps leave ample room for slow page loads between the jumps.
  const stepMs = 30_000;
  const start = Math.ceil(Date.now() / (3 * stepMs)) * 3 * stepMs;
  await page.clock.install({ time: start + 1_000 });
  // One of the servers fails: the rotation must go on regardless.
  await setFaults(request, { errors: [{ pattern: '/api/servers/srv-08*', status: 503 }] });
  await page.goto('/wall?kiosk=1&rotate=30&servers=srv-01,srv-08');
  const expected = ['/wall', '/servers/srv-01', '/servers/srv-08', '/wall', '/servers/srv-01'];
  for (const [index, path] of expected.entries()) {
    if (index > 0) await page.clock.fastForward(stepMs);
    await expect(page).toHaveURL(new RegExp(`${path}\\?`));
    await expect(page).toHaveURL(/kiosk=1/);
    await expect(page).toHaveURL(/rotate=30/);
    await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    if (path === '/servers/srv-01') {
      await expect(page.getByRole('heading', { level: 1, name: 'odoo-prod-eu-1' })).toBeVisible();
    }
  }
  // A reload carries on where the cycle is (derived from the time), not from the wall.
  await page.reload();
  const steps = ['/wall', '/servers/srv-01', '/servers/srv-08'];
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => Date.now());
      return new URL(page.url()).pathname === steps[Math.floor(now / stepMs) % steps.length];
    })
    .toBe(true);
  await expect(page).not.toHaveURL(/\/wall\?/);
});

test('the live panel says Stale, then "No data since", when the stream stalls, and recovers', async ({
  page,
  request,
}) => {
  await page.clock.install();
  await setFaults(request, { streamStall: true });
  await page.goto('/instances/inst-02?kiosk=1');
  const live = liveRegion(page).region;
  await expect(live).toContainText(/Updated (just now|\d+ s ago)/);
  // Beyond 3 × 10 s: stale (text and amber); beyond 10 × 10 s: dead (red, with the time).
  await page.clock.fastForward(45_000);
  await expect(live).toContainText(/Stale · Updated \d+ (s|min) ago/);
  await page.clock.fastForward(90_000);
  await expect(live).toContainText(/No data since \d\d:\d\d/);
  // Back to the real time, with the stream working again.
  await resetFaults(request);
  await page.clock.setSystemTime(Date.now());
  await page.clock.resume();
  // Moving the clock back leaves the pending reconnect timer far in the future; the browser's
  // "online" event makes the stream reconnect at once, as it would after a network change.
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(live).toContainText(/Updated (just now|\d+ s ago)/, { timeout: 30_000 });
  await expect(live).not.toContainText(/Stale|No data since/);
});

test('the connection banner comes when every request fails and goes by itself', async ({
  page,
  request,
  guard,
}) => {
  guard.expectFailedStatus(503);
  await page.clock.install();
  await page.goto('/wall?kiosk=1');
  await expect.poll(() => tiles(page).getByRole('listitem').count()).toBeGreaterThan(10);
  const banner = page.getByRole('alert').filter({ hasText: 'Connection lost' });
  await expect(banner).toHaveCount(0);

  await setFaults(request, { errors: [{ pattern: '/api/*', status: 503 }] });
  await advanceUntil(page, banner, { stepMs: 5_000 });
  await expect(banner).toHaveText(/Connection lost — retrying · last contact \d\d:\d\d:\d\d \S+/);
  // The numbers stay on screen with their age.
  await expect(tiles(page).getByRole('listitem').first()).toContainText(AGE);

  await resetFaults(request);
  await advanceUntil(page, async () => !(await banner.isVisible()), { stepMs: 5_000 });
  await expect(banner).toHaveCount(0);
});

test.describe('time zone', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('tz=utc shows every time in UTC, labelled', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-01-15T15:04:05Z') });
    await page.goto('/wall');
    const clock = page.getByRole('banner').getByLabel('Current time');
    await expect(clock).toHaveText(/^10:04:\d\d$/);
    await expect(page.getByRole('banner')).toContainText(/EST|GMT-5/);
    await page.goto('/wall?tz=utc');
    await expect(clock).toHaveText(/^15:04:\d\d$/);
    await expect(page.getByRole('banner')).toContainText('UTC');
  });
});

test('a new deployment reloads a kiosk by itself', async ({ page }) => {
  await page.clock.install();
  await page.route('**/build.json', (route) =>
    route.fulfill({ json: { id: 'a-newer-build' }, headers: { 'Cache-Control': 'no-store' } }),
  );
  await page.goto('/wall?kiosk=1');
  await expect.poll(() => tiles(page).getByRole('listitem').count()).toBeGreaterThan(1);
  await page.evaluate(() => ((window as { beforeReload?: boolean }).beforeReload = true));
  const reloaded = () =>
    page.evaluate(() => !(window as { beforeReload?: boolean }).beforeReload).catch(() => false);
  // The build is checked every 5 minutes; the reload waits for 15 s without input.
  await page.clock.fastForward(5 * 60_000);
  await advanceUntil(page, reloaded, { stepMs: 5_000 });
  expect(await reloaded()).toBe(true);
  await expect(page).toHaveURL(/\/wall\?kiosk=1/);
});

test('a missing page chunk reloads a kiosk by itself', async ({ page, guard }) => {
  // The aborted chunk request is logged as a failed resource.
  guard.expectNetworkFailures();
  await page.clock.install();
  await page.route(/wall-page-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/wall?kiosk=1');
  await expect(page.getByRole('heading', { name: 'The dashboard was updated' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'reloads by itself' })).toBeVisible();
  await page.unroute(/wall-page-[\w-]+\.js$/);
  await page.clock.fastForward(6_000);
  await expect(page.getByRole('list', { name: 'Fleet summary' })).toContainText('14 servers');
});

test('dim= darkens the screen inside its window', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-01-15T23:30:00Z') });
  await page.goto('/wall?kiosk=1&tz=utc&dim=22:00-07:00');
  await expect(page.locator('html')).toHaveClass(/night-dim/);
  await page.goto('/wall?dim=08:00-09:00');
  await expect(page.locator('html')).not.toHaveClass(/night-dim/);
});
