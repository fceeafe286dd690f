import type { Page, APIRequestContext } from '@playwright/test';
import { STREAM_FRAMINGS } from '../../mock/routes/stream-framing.ts';
import { expect, test } from './base-fixture.ts';
import { mockStats, setFaults } from './mock-control.ts';

// What the server may say on the live stream: every legal SSE framing, a 204 that means "stop",
// and a Retry-After no timer can hold. The preview server streams every 500 ms.

const STREAM_PATH = '/api/instances/inst-01/monitoring/metrics/stream';
const live = (page: Page) => page.getByRole('region', { name: 'Live' });
const status = (page: Page) => live(page).getByRole('status');
const cpuMeter = (page: Page) => live(page).getByRole('meter', { name: 'CPU' });

async function lastSent(request: APIRequestContext) {
  const stats = (await (await request.get('/__mock/stats')).json()) as {
    lastStreamEvent: { data: string } | null;
  };
  const { lastStreamEvent } = stats;
  if (!lastStreamEvent) return null;
  const sample = JSON.parse(lastStreamEvent.data) as {
    collectedAt: string;
    cpuUsagePercent: number;
  };
  return { collectedAt: sample.collectedAt, cpu: Math.min(100, sample.cpuUsagePercent) };
}

function countStreamRequests(page: Page) {
  const sent: number[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === STREAM_PATH) sent.push(Date.now());
  });
  return sent;
}

test.describe('every legal stream framing', () => {
  for (const framing of STREAM_FRAMINGS) {
    test(`${framing}: Live, showing exactly the last sample the mock sent`, async ({
      page,
      request,
      guard,
    }) => {
      guard.expectFailedStatus(503);
      // The mock records the last event of any stream: the previous page's must be gone.
      await expect.poll(async () => (await mockStats(request)).openStreams).toBe(0);
      // Four events, then an open, silent connection: the fourth must be what the page shows.
      // The REST fallback fails, so a late poll answer cannot stand in for the stream's last event.
      await setFaults(request, {
        streamFraming: framing,
        streamStallAfter: 4,
        errors: [{ pattern: '/api/instances/inst-01/monitoring/metrics/latest', status: 503 }],
      });
      await page.goto('/instances/inst-01');
      await expect(status(page)).toHaveText('Live');
      const shownAt = live(page).locator('time[datetime]');
      // Time and value of the newest sample the mock wrote, as the page shows them.
      await expect
        .poll(async () => {
          const sent = await lastSent(request);
          const shown = await shownAt.getAttribute('datetime').catch(() => null);
          const cpu = await cpuMeter(page)
            .getAttribute('aria-valuenow')
            .catch(() => null);
          return sent !== null && shown === new Date(sent.collectedAt).toISOString()
            ? cpu === String(sent.cpu)
            : `shown ${shown}, sent ${sent?.collectedAt}`;
        })
        .toBe(true);
      await expect(status(page)).toHaveText('Live');
    });
  }
});

test('a 204 on the stream stops it with a message and the page polls instead', async ({
  page,
  request,
}) => {
  await page.clock.install();
  await setFaults(request, { streamNoContent: true });
  const streamRequests = countStreamRequests(page);
  await page.goto('/instances/inst-01');
  await expect(status(page)).toHaveText('Polling');
  await expect(live(page)).toContainText('asked us not to stream (HTTP 204)');
  await expect(cpuMeter(page)).toHaveAttribute('aria-valuetext', /\d %/);
  await page.clock.fastForward(5 * 60_000);
  await expect(status(page)).toHaveText('Polling');
  expect(streamRequests).toHaveLength(1);
});

test('Retry-After: 2147484 on the stream gives capped 5-minute waits, not a loop', async ({
  page,
  request,
  guard,
}) => {
  guard.expectFailedStatus(429);
  await page.clock.install();
  await setFaults(request, {
    errors: [{ pattern: STREAM_PATH, status: 429, retryAfterSeconds: 2_147_484 }],
  });
  const streamRequests = countStreamRequests(page);
  await page.goto('/instances/inst-01');
  await expect(status(page)).toHaveText(/^Reconnecting in (29\d|300) s$/);
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
  expect(streamRequests).toHaveLength(1);
  for (let wait = 1; wait <= 2; wait++) {
    await page.clock.fastForward(5 * 60_000);
    await expect.poll(() => streamRequests.length).toBe(1 + wait);
    await expect(status(page)).toHaveText(/^Reconnecting in (29\d|300) s$/);
  }
  // Polling covers the gap meanwhile: the gauges still read.
  await expect(cpuMeter(page)).toHaveAttribute('aria-valuetext', /\d %/);
});
