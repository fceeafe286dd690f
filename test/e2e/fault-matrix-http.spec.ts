import { expect, test, type Page } from './base-fixture.ts';
import { skipRetryBackoff } from './fake-clock.ts';
import { cpuChartDrawn, fleetTableRows, liveRegion } from './page-objects.ts';
import { setFaults } from './mock-control.ts';

// HTTP failures on every endpoint the dashboard calls: what the operator is told, what stays on
// screen, and that it recovers. The guard (fault-matrix-guard.ts) watches every page for uncaught
// errors, stray console errors, injected scripts and leaked credentials.

/** What the mock answers per status (a 502 is an HTML page from a proxy, so the status text). */
const MESSAGES: Record<number, RegExp> = {
  500: /Internal server error/,
  502: /Bad Gateway \(502\)/,
  503: /Service temporarily unavailable/,
};

interface EndpointRow {
  endpoint: string;
  /** Mock error-rule pattern: a substring, or a `*` glob over the whole path. */
  pattern: string;
  page: string;
  /** The notice that must appear. */
  notice: string | RegExp;
  /** Something that must still work on the page while that endpoint fails. */
  stillShown: (page: Page) => Promise<void>;
}

const summaryHeading = (name: string) => (page: Page) =>
  expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

const ROWS: EndpointRow[] = [
  {
    endpoint: 'GET /servers',
    pattern: '*/api/servers',
    page: '/',
    notice: 'The server list could not be loaded',
    stillShown: (page) => expect(page.getByRole('heading', { name: 'Fleet' })).toBeVisible(),
  },
  {
    endpoint: 'GET /instances',
    pattern: '*/api/instances',
    page: '/',
    notice: 'Instance counts could not be loaded',
    stillShown: fleetTableRows,
  },
  {
    endpoint: 'GET /servers/{id}/metrics/latest (fleet)',
    pattern: '*/metrics/latest',
    page: '/',
    notice: /Latest metrics could not be loaded for \d+ servers/,
    stillShown: fleetTableRows,
  },
  {
    endpoint: 'GET /servers/{id}',
    pattern: '*/api/servers/srv-01',
    page: '/servers/srv-01',
    notice: 'Server details could not be loaded',
    stillShown: cpuChartDrawn,
  },
  {
    endpoint: 'GET /servers/{id}/metrics/latest',
    pattern: '*/api/servers/srv-01/metrics/latest',
    page: '/servers/srv-01',
    notice: 'Latest values could not be loaded; showing the newest sample in the history',
    stillShown: (page) =>
      expect(page.getByRole('meter', { name: 'CPU' })).toHaveAttribute('aria-valuetext', /\d %/),
  },
  {
    endpoint: 'GET /servers/{id}/metrics',
    pattern: '*/api/servers/srv-01/metrics',
    page: '/servers/srv-01',
    notice: 'CPU usage could not be refreshed',
    stillShown: summaryHeading('odoo-prod-eu-1'),
  },
  {
    endpoint: 'GET /instances?server_id=',
    pattern: '*/api/instances',
    page: '/servers/srv-01',
    notice: 'Instances could not be loaded',
    stillShown: cpuChartDrawn,
  },
  {
    endpoint: 'GET /instances/{id}',
    pattern: '*/api/instances/inst-01',
    page: '/instances/inst-01',
    notice: 'Instance details could not be loaded',
    stillShown: cpuChartDrawn,
  },
  {
    endpoint: 'GET /instances/{id}/monitoring/metrics',
    pattern: '*/monitoring/metrics',
    page: '/instances/inst-01',
    notice: 'Memory could not be refreshed',
    stillShown: summaryHeading('Acme Corp'),
  },
];

for (const row of ROWS) {
  test(`${row.endpoint} failing with 500, 502 and 503: says so, keeps the rest, recovers`, async ({
    page,
    request,
    guard,
  }) => {
    guard.expectFailedStatus(500, 502, 503);
    await page.clock.install();
    for (const status of [500, 502, 503]) {
      await setFaults(request, { errors: [{ pattern: row.pattern, status }] });
      await page.goto(row.page);
      const notice = page.getByRole('alert').filter({ hasText: row.notice }).first();
      await skipRetryBackoff(page, notice);
      await expect(notice).toContainText(MESSAGES[status]);
      await row.stillShown(page);
    }
    await setFaults(request, { errors: [] });
    await page
      .getByRole('alert')
      .filter({ hasText: row.notice })
      .first()
      .getByRole('button', { name: 'Try again' })
      .click();
    await expect(page.getByRole('alert').filter({ hasText: row.notice })).toHaveCount(0);
  });
}

test('GET …/metrics/stream failing with 500, 502 and 503: Reconnecting with the reason, then Live', async ({
  page,
  request,
  guard,
}) => {
  guard.expectFailedStatus(500, 502, 503);
  const { status, region: reason } = liveRegion(page);
  for (const [code, words] of [
    [500, 'The live stream failed (HTTP 500)'],
    [502, 'The live stream failed (HTTP 502)'],
    // 503 means "come back later": the stream waits as for a 429.
    [503, 'The oCore API asked us to slow down'],
  ] as const) {
    await setFaults(request, { errors: [{ pattern: '*/stream', status: code }] });
    await page.goto('/instances/inst-01');
    await expect(status).toHaveText(/^Reconnecting/);
    await expect(reason).toContainText(words);
    // While the stream is down the gauges are fed by polling the latest sample.
    await expect(reason.getByRole('meter', { name: 'CPU' })).toHaveAttribute(
      'aria-valuetext',
      /\d %/,
    );
  }
  // GET …/monitoring/metrics/latest failing as well: nothing live at all, and it says why.
  await setFaults(request, {
    errors: [
      { pattern: '*/stream', status: 502 },
      { pattern: '*/monitoring/metrics/latest', status: 500 },
    ],
  });
  await page.goto('/instances/inst-01');
  await expect(reason).toContainText('The live stream failed (HTTP 502)');
  await expect(reason.getByRole('meter', { name: 'CPU' })).toHaveAttribute('aria-valuetext', '—');
  await expect(reason).toContainText('No data yet');
  await cpuChartDrawn(page);
  await setFaults(request, { errors: [] });
  await expect(status).toHaveText('Live', { timeout: 40_000 });
});
