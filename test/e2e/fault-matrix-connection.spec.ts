import { createServer } from 'node:net';
import { preview, type PreviewServer } from 'vite';
import { DEV_API_KEY } from '../../mock/auth/auth-store.ts';
import { startTestMock, type TestMock } from '../../mock/testing/test-mock.ts';
import { SESSION_STORAGE_KEY } from '../../src/session/session-store.ts';
import { expect, test, type Page } from './base-fixture.ts';
import { chartRegion, liveRegion, periodSelector } from './page-objects.ts';

// Real connection failures, which the shared preview server cannot suffer mid-suite: this file
// runs its own `vite preview` (the same build, proxying /api as for a real oCore via
// OCORE_API_URL) in front of its own mock, and stops and restarts each on the same port.

test.describe.configure({ mode: 'serial' });

const buildDir = `.e2e-dist/${process.env.E2E_PORT ?? 4317}`;
let mockPort = 0;
let previewPort = 0;
let mock: TestMock | null = null;
let server: PreviewServer | null = null;

const startMock = async () => {
  mock = await startTestMock({ port: mockPort, streamIntervalMs: 500, localHost: false });
};

async function startPreview() {
  const previous = process.env.OCORE_API_URL;
  // Read while the config resolves: proxy mode, exactly as in front of a real oCore.
  process.env.OCORE_API_URL = `http://127.0.0.1:${mockPort}`;
  try {
    server = await preview({
      configFile: 'vite.config.ts',
      logLevel: 'silent',
      build: { outDir: buildDir },
      preview: { host: '127.0.0.1', port: previewPort, strictPort: true, open: false },
    });
  } finally {
    if (previous === undefined) delete process.env.OCORE_API_URL;
    else process.env.OCORE_API_URL = previous;
  }
}

test.beforeAll(async () => {
  [mockPort, previewPort] = [await freePort(), await freePort()];
  await startMock();
  await startPreview();
});

test.afterAll(async () => {
  await server?.close();
  await mock?.close();
});

test.beforeEach(async ({ page }) => {
  // Proxy mode serves no key in config.json: the operator signed in with one for this tab.
  const session = JSON.stringify({ kind: 'api-key', apiKey: DEV_API_KEY, orgSlug: null });
  await page.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [
    SESSION_STORAGE_KEY,
    session,
  ] as const);
});

const origin = () => `http://127.0.0.1:${previewPort}`;
const live = (page: Page) => liveRegion(page).region;
const status = (page: Page) => liveRegion(page).status;
const cpuCard = (page: Page) => chartRegion(page, 'CPU usage').region;
const cpuLine = (page: Page) => chartRegion(page, 'CPU usage').line;

async function openInstanceLive(page: Page) {
  await page.goto(`${origin()}/instances/inst-01`);
  await expect(status(page)).toHaveText('Live');
  await expect(cpuLine(page)).toHaveAttribute('d', /L/);
}

test('oCore refusing connections behind the proxy: last data kept, reasons shown, then back', async ({
  page,
  guard,
}) => {
  guard.expectFailedStatus(502);
  const resumedWith: (string | undefined)[] = [];
  page.on('request', (sent) => {
    if (sent.url().endsWith('/stream')) resumedWith.push(sent.headers()['last-event-id']);
  });
  await page.clock.install();
  await openInstanceLive(page);

  await mock?.close();
  // Vite's proxy leaves the browser's half of a cut stream open: no byte, no heartbeat. The
  // stream's watchdog gives up after 30 s of silence (a fake clock skips the wait).
  await page.clock.fastForward(31_000);
  await expect(live(page)).toContainText('The live stream went silent for 30 s');
  // Reconnecting now meets the proxy's 502 while nothing listens on oCore's port.
  await expect(live(page)).toContainText('The live stream failed (HTTP 502)', { timeout: 15_000 });
  // The 30 s history refresh failed too: the last good hour stays drawn, with its age.
  await expect(cpuCard(page).getByRole('alert')).toContainText('Bad Gateway (502)', {
    timeout: 15_000,
  });
  await expect(cpuLine(page)).toHaveAttribute('d', /L/);
  await expect(cpuCard(page)).toContainText(/Updated \d+ (s|min) ago|Stale · updated/);

  // oCore restarts on the same port: the stream resumes by itself, after its last event id.
  await startMock();
  await expect(status(page)).toHaveText('Live', { timeout: 40_000 });
  expect(resumedWith.at(-1)).toMatch(/^\d+$/);
  // Going live again refetches the history, which clears the error without a click.
  await expect(cpuCard(page).getByRole('alert')).toHaveCount(0);
});

test('the dashboard server itself refusing connections: said plainly, then back', async ({
  page,
  guard,
}) => {
  guard.expectNetworkFailures();
  await openInstanceLive(page);

  await server?.close();
  await expect(status(page)).toHaveText(/^Reconnecting/);
  await expect(live(page)).toContainText('The live stream could not be reached', {
    timeout: 15_000,
  });
  await periodSelector(page).choose('24h');
  await expect(cpuCard(page).getByRole('alert')).toContainText(
    'The oCore API could not be reached',
    { timeout: 15_000 },
  );
  await expect(cpuLine(page)).toHaveAttribute('d', /L/);

  await startPreview();
  await expect(status(page)).toHaveText('Live', { timeout: 40_000 });
  await expect(cpuCard(page).getByRole('alert')).toHaveCount(0);
  await expect(cpuCard(page)).toHaveAttribute('aria-busy', 'false');
});

/** A port nothing listens on right now, for a server this file starts and restarts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
