import type { Page } from '@playwright/test';
import { expect, test } from './base-fixture.ts';
import { setFaults } from './mock-control.ts';

// Checks of the unattended screen that can fail: kiosk.css hides overflow on html, #root and main,
// so "the page does not scroll" is always true there. Instead, every tile, card and region must
// lie inside the viewport and no container may clip its content; and each age label must read
// the state its data is really in.

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 1280, height: 400 },
];

/** Everything that is shown lies inside the viewport, and no box hides part of its content. */
async function expectFitsWithoutClipping(page: Page) {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
        el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''
      } "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    // Skips what is not drawn, and visually hidden text for screen readers (a 1 px box).
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    };
    const boxes = document.querySelectorAll(
      'main li, main section, main article, main [role="region"], main h1, main h2, main table, header',
    );
    for (const el of boxes) {
      if (!shown(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.left < -1 || box.top < -1) found.push(`${name(el)} starts off screen`);
      if (box.right > window.innerWidth + 1 || box.bottom > window.innerHeight + 1) {
        found.push(
          `${name(el)} ends off screen at ${Math.round(box.right)}×${Math.round(box.bottom)}`,
        );
      }
    }
    for (const el of [
      document.documentElement,
      document.body,
      ...document.body.querySelectorAll('*'),
    ]) {
      if (el instanceof SVGElement || !shown(el) || (el.clientWidth <= 1 && el.clientHeight <= 1)) {
        continue;
      }
      const style = getComputedStyle(el);
      // A one-line ellipsis is a deliberate, visible cut ("…"); anything else hidden is lost.
      if (style.textOverflow === 'ellipsis') continue;
      const clipsX = style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
      const clipsY = style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1;
      if (clipsX || clipsY) {
        found.push(
          `${name(el)} hides content (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
        );
      }
    }
    return found;
  });
  expect(problems).toEqual([]);
}

/** One event, then silence on every connection; the REST fallback fails, so nothing else feeds it. */
const ONE_EVENT_THEN_SILENCE = {
  streamStallAfter: 1,
  errors: [{ pattern: '/api/instances/inst-02/monitoring/metrics/latest', status: 503 }],
};

const tiles = (page: Page) => page.getByRole('list', { name: 'Servers, worst first' });
const tile = (page: Page, name: string) =>
  tiles(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name }) });

for (const size of SIZES) {
  test(`kiosk wall at ${size.width}×${size.height}: every tile inside the screen, nothing clipped`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/wall?kiosk=1');
    await expect(page.getByRole('list', { name: 'Fleet summary' })).toContainText('14 servers');
    await expect(tiles(page).getByRole('listitem').first()).toContainText(/Updated|No data/);
    await expectFitsWithoutClipping(page);
  });

  test(`kiosk server page at ${size.width}×${size.height}: every card inside the screen, nothing clipped`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/servers/srv-01?kiosk=1');
    await expect(page.getByRole('region', { name: 'Latest values' })).toContainText(/CPU\d/);
    await expectFitsWithoutClipping(page);
  });
}

test('wall tiles say the state their data is in: updated, no data since, not reported yet', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/wall?kiosk=1');
  const fresh = tile(page, 'odoo-prod-eu-1');
  await expect(fresh).toContainText(/Updated (just now|\d+ s ago)/);
  await expect(fresh).not.toContainText(/Stale|No data since/);
  // srv-08 went silent 25 minutes ago: far beyond ten report intervals.
  const unreachable = tile(page, 'odoo-legacy-1');
  await expect(unreachable).toContainText(/No data since \d\d:\d\d/);
  await expect(unreachable).not.toContainText(/Updated/);
  await expect(tile(page, 'odoo-new-1')).toContainText('Not reported yet');
});

test('a stalled stream reads Updated until 3 intervals have passed, then Stale, then No data since', async ({
  page,
  request,
  guard,
}) => {
  guard.expectFailedStatus(503);
  await page.clock.install();
  await setFaults(request, ONE_EVENT_THEN_SILENCE);
  await page.goto('/instances/inst-02?kiosk=1');
  const live = page.getByRole('region', { name: 'Live' });
  const age = live.getByRole('banner').or(live.locator('header')).first();
  await expect(age).toContainText(/Updated (just now|\d s ago)/);
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
  await page.clock.fastForward(20_000);
  await expect(age).toContainText(/Updated 2\d s ago/);
  await expect(age).not.toContainText('Stale');
  await page.clock.fastForward(15_000);
  await expect(age).toContainText(/Stale · Updated 3\d s ago/);
  await page.clock.fastForward(70_000);
  await expect(age).toContainText(/No data since \d\d:\d\d/);
});

test('after a long stall the live panel recovers with no help: no clock tricks, no online event', async ({
  page,
  request,
}) => {
  await page.clock.install();
  await setFaults(request, { streamStallAfter: 1 });
  await page.goto('/instances/inst-02?kiosk=1');
  const live = page.getByRole('region', { name: 'Live' });
  await expect(live.getByRole('status')).toHaveText('Live');
  // Five silent minutes pass for the browser and for oCore alike.
  let elapsedMs = 5 * 60_000;
  await page.clock.fastForward(elapsedMs);
  await setFaults(request, { clockOffsetMs: elapsedMs });
  await expect(live).toContainText(/No data since \d\d:\d\d/);
  await setFaults(request, { streamStallAfter: null });
  // Then only time passes, as on a wall nobody touches (each step leaves the network time to answer).
  await expect
    .poll(
      async () => {
        elapsedMs += 2_000;
        await page.clock.fastForward(2_000);
        await setFaults(request, { clockOffsetMs: elapsedMs });
        return live.getByText(/^Updated (just now|\d+ s ago)$/).isVisible();
      },
      { intervals: [250], timeout: 30_000 },
    )
    .toBe(true);
  await expect(live).not.toContainText(/Stale|No data since/);
  await expect(live.getByRole('status')).toHaveText('Live');
});

test("oCore's clock an hour ahead is flagged, and the live panel still turns stale", async ({
  page,
  request,
  guard,
}) => {
  guard.expectFailedStatus(503);
  await page.clock.install();
  await setFaults(request, { ...ONE_EVENT_THEN_SILENCE, clockOffsetMs: 3_600_000 });
  await page.goto('/instances/inst-02?kiosk=1');
  const live = page.getByRole('region', { name: 'Live' });
  await expect(live).toContainText(/Updated just now · oCore's clock is 60 min ahead/);
  await page.clock.fastForward(40_000);
  await expect(live).toContainText(/Stale · Updated \d+ s ago · oCore's clock is 60 min ahead/);
});
