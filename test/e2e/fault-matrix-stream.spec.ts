import { expect, test, type Page } from './base-fixture.ts';
import { mockStats, setFaults } from './mock-control.ts';
import { liveRegion } from './page-objects.ts';

// The live stream (SSE over fetch) misbehaving: garbage, an oversized frame, silence, drops and
// credentials revoked mid-stream. The preview server streams every 500 ms.

const live = (page: Page) => liveRegion(page).region;
const status = (page: Page) => liveRegion(page).status;
const cpuMeter = (page: Page) => liveRegion(page).cpuMeter;

test('garbage frames mid-stream are counted and skipped; the last readable values stay', async ({
  page,
  request,
}) => {
  await page.goto('/instances/inst-01');
  await expect(status(page)).toHaveText('Live');
  await expect(cpuMeter(page)).toHaveAttribute('aria-valuetext', /\d %/);
  // The fault garbles events on the open connection too.
  await setFaults(request, { malformed: 'invalid-json' });
  await expect(liveRegion(page).note).toContainText(
    /^\d+ unreadable live updates? (was|were) ignored/,
  );
  await expect(status(page)).toHaveText('Live');
  await expect(cpuMeter(page)).toHaveAttribute('aria-valuetext', /\d %/);
  await setFaults(request, { malformed: null });
  const before = await cpuMeter(page).getAttribute('aria-valuetext');
  await expect.poll(() => cpuMeter(page).getAttribute('aria-valuetext')).not.toBe(before);
});

test('a frame over 1 MB is never kept: skipped as unreadable or the connection is cut', async ({
  page,
  request,
}) => {
  // Every connection sends one good event, then 1.1 MB of garbage in a single frame. Arriving in
  // one piece it is parsed and skipped; trickling in, it is cut at 1 MiB ("oversized event") and
  // the stream reopens. Either way it is counted, and the values keep flowing.
  await setFaults(request, { streamFrameBytes: 1_100_000 });
  await page.goto('/instances/inst-01');
  await expect(liveRegion(page).note).toContainText('unreadable live update', {
    timeout: 15_000,
  });
  await expect(cpuMeter(page)).toHaveAttribute('aria-valuetext', /\d %/);
  await setFaults(request, { streamFrameBytes: null });
  await expect(status(page)).toHaveText('Live', { timeout: 20_000 });
  const before = await cpuMeter(page).getAttribute('aria-valuetext');
  await expect.poll(() => cpuMeter(page).getAttribute('aria-valuetext')).not.toBe(before);
});

test('a stalled stream (headers, then silence) is given up after 30 s and reopened', async ({
  page,
  request,
}) => {
  await page.clock.install();
  await setFaults(request, { streamStall: true });
  await page.goto('/instances/inst-02');
  await expect(status(page)).toHaveText('Live');
  // Stop natural time, so the reconnect wait can be seen before it elapses.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 2_000));
  await page.clock.fastForward(31_000);
  await expect(status(page)).toHaveText(/^Reconnecting in \d+ s$/);
  await expect(live(page)).toContainText('The live stream went silent for 30 s');
  await setFaults(request, { streamStall: false });
  await page.clock.resume();
  await page.clock.fastForward(35_000);
  await expect(status(page)).toHaveText('Live', { timeout: 20_000 });
  await expect(cpuMeter(page)).toHaveAttribute('aria-valuetext', /\d %/);
});

test('a dropped stream shows Reconnecting, keeps the gauges, and comes back Live without a reload', async ({
  page,
  request,
}) => {
  await setFaults(request, { streamDropAfter: 3 });
  await page.goto('/instances/inst-01');
  await expect(status(page)).toHaveText('Live');
  await expect(status(page)).toHaveText(/^Reconnecting/, { timeout: 15_000 });
  await expect(live(page)).toContainText('The live stream closed');
  await expect(cpuMeter(page)).toHaveAttribute('aria-valuetext', /\d %/);
  await setFaults(request, { streamDropAfter: null });
  await expect(status(page)).toHaveText('Live', { timeout: 40_000 });
  await expect.poll(async () => (await mockStats(request)).openStreams).toBe(1);
});

test('an API key revoked mid-stream: within seconds the dashboard asks for a valid key', async ({
  page,
  request,
  guard,
}) => {
  guard.expectFailedStatus(401);
  // Short connections, so a reconnect (and its credential check) comes within seconds.
  await setFaults(request, { streamDropAfter: 4 });
  await page.goto('/instances/inst-01');
  await expect(status(page)).toHaveText('Live');
  await setFaults(request, { revokeApiKeys: true });
  // The reconnect and the polling that covers it meet 401s; a key cannot be renewed.
  await expect(page).toHaveURL(/\/login\?.*reason=key-rejected/, { timeout: 15_000 });
  await expect(page.getByText('API key rejected.')).toBeVisible();
  await expect.poll(async () => (await mockStats(request)).openStreams).toBe(0);
});

test('a cookie session expiring mid-stream is renewed once and the stream goes on', async ({
  page,
  request,
  guard,
}) => {
  guard.expectFailedStatus(401);
  const refreshes: string[] = [];
  page.on('request', (sent) => {
    if (new URL(sent.url()).pathname === '/api/auth/refresh') refreshes.push(sent.method());
  });
  await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill('operator@example.com');
  await page.getByLabel('Password', { exact: true }).fill('operator-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fleet' })).toBeVisible();
  await setFaults(request, { streamDropAfter: 4 });
  await page.goto('/instances/inst-01');
  await expect(status(page)).toHaveText('Live');

  expect((await request.post('/__mock/expire-tokens')).ok()).toBe(true);
  await expect.poll(() => refreshes.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
  await expect(status(page)).toHaveText('Live', { timeout: 15_000 });
  expect(refreshes).toEqual(['POST']);
  await expect(page).toHaveURL(/\/instances\/inst-01$/);
  // The session lives in httpOnly cookies: script can never read the token.
  const cookies = await page.context().cookies();
  for (const cookie of cookies.filter((item) => item.name.startsWith('ocore_'))) {
    expect(cookie.httpOnly, cookie.name).toBe(true);
  }
});
