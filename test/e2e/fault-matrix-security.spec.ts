import { readFileSync } from 'node:fs';
import { DEV_API_KEY } from '../../mock/auth/auth-store.ts';
import { SESSION_STORAGE_KEY } from '../../src/session/session-store.ts';
import { CONTENT_SECURITY_POLICY } from '../../vite.config.ts';
import { expect, test } from './base-fixture.ts';
import { chartRegion, liveRegion } from './page-objects.ts';
import { LAST_CONTACT_STORAGE_KEY } from '../../src/app/last-contact.ts';

// The production build's Content-Security-Policy and credential hygiene. The guard already fails
// any test on a CSP violation, and on a key or token in a URL, the console or web storage.

const PAGES = ['/', '/servers/srv-01', '/instances/inst-01', '/login', '/settings'];

/** The policy test/nginx/ocore-monitor.conf sends, so the two deployments cannot drift apart. */
function nginxPolicy(): string | undefined {
  const conf = readFileSync(new URL('../nginx/ocore-monitor.conf', import.meta.url), 'utf8');
  return /add_header Content-Security-Policy "([^"]+)" always;/.exec(conf)?.[1];
}

test('every page is served with the CSP (same as nginx) and runs without a violation', async ({
  page,
}) => {
  expect(nginxPolicy()).toBe(CONTENT_SECURITY_POLICY);
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
  expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self';");
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
    expect(response?.headers()['x-content-type-options'], path).toBe('nosniff');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // Charts (inline SVG styles via the CSSOM) and tooltips must not need 'unsafe-inline'.
  await page.goto('/servers/srv-01');
  const chart = chartRegion(page, 'CPU usage').region;
  await chart.locator('svg.recharts-surface').hover();
  await expect(chart.getByText(/CPU: \d/)).toBeVisible();
});

test('the built index.html has no inline script, style or event handler', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  // Every script is a file of this origin: the bundle, or the early config request beside it.
  for (const tag of scripts) expect(tag).toMatch(/\bsrc="\/(assets\/[\w.-]+|early-config)\.js"/);
  expect(html).not.toMatch(/<style\b/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
});

test('the built-in key travels in headers only, the stream included', async ({ page }) => {
  const streams: { url: string; authorization?: string }[] = [];
  page.on('request', (sent) => {
    if (sent.url().endsWith('/stream')) {
      streams.push({ url: sent.url(), authorization: sent.headers().authorization });
    }
  });
  await page.goto('/instances/inst-01');
  await expect(liveRegion(page).status).toHaveText('Live');
  expect(streams[0]?.authorization).toMatch(/^Bearer ocore_/);
  expect(streams[0]?.url).not.toContain('ocore_');
  // Nothing was written to storage for a key that came from config.json; the time of the last
  // answer (for the connection banner after a restart) is all there is.
  const stored = await page.evaluate(() => [
    ...Object.keys(localStorage),
    ...Object.keys(sessionStorage),
  ]);
  expect(stored.filter((key) => key !== LAST_CONTACT_STORAGE_KEY)).toEqual([]);
});

test('a key used without "Remember on this device" lives only as long as the tab', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByLabel('API key', { exact: true }).fill(DEV_API_KEY);
  await page.getByRole('button', { name: 'Use this key' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fleet' })).toBeVisible();
  const stored = await page.evaluate((key) => {
    return { local: localStorage.getItem(key), session: sessionStorage.getItem(key) };
  }, SESSION_STORAGE_KEY);
  expect(stored.local).toBeNull();
  expect(stored.session).toContain(DEV_API_KEY);
});

test('"Remember on this device" is the one way a key reaches localStorage', async ({
  page,
  guard,
}) => {
  guard.allowRememberedKey();
  await page.goto('/login');
  await page.getByLabel('API key', { exact: true }).fill(DEV_API_KEY);
  await page.getByLabel('Remember on this device').check();
  await page.getByRole('button', { name: 'Use this key' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fleet' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_STORAGE_KEY)).toContain(
    DEV_API_KEY,
  );
});

test('a password session keeps no token in storage, only httpOnly cookies', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill('operator@example.com');
  await page.getByLabel('Password', { exact: true }).fill('operator-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fleet' })).toBeVisible();
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).toContain('operator@example.com');
  expect(stored).not.toMatch(/ocore_|eyJ/);
  const cookies = (await page.context().cookies()).filter((c) => c.name.startsWith('ocore_'));
  expect(cookies.length).toBeGreaterThan(0);
  for (const cookie of cookies) expect(cookie.httpOnly, cookie.name).toBe(true);
});
