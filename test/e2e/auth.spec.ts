import { expect, test, type Page } from './base-fixture.ts';
import { DEMO_TOTP_SECRET, DEV_API_KEY } from '../../mock/auth/auth-store.ts';
import { totp } from '../../mock/auth/totp.ts';
import { LAST_CONTACT_STORAGE_KEY } from '../../src/app/last-contact.ts';

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

test('password and a TOTP code sign in to the fleet', async ({ page }) => {
  await page.goto('/login');
  await signInWithPassword(page, 'noc@example.com', 'noc-demo');
  const code = page.getByLabel('Code', { exact: true });
  await expect(code).toBeFocused();
  await code.fill(totp(DEMO_TOTP_SECRET, Date.now()));
  await page.getByRole('button', { name: 'Verify code' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fleet' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('Signed in as noc@example.com')).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
});

test('an expired access token is refreshed transparently, mid-session', async ({ page, guard }) => {
  // The expired token's requests are answered 401 (and logged) before the one refresh.
  guard.expectFailedStatus(401);
  const refreshes: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/auth/refresh') refreshes.push(request.method());
  });
  await page.goto('/login');
  await signInWithPassword(page, 'operator@example.com', 'operator-demo');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();

  const expired = await page.request.post('/__mock/expire-tokens');
  expect(expired.ok()).toBe(true);
  const refreshed = page.waitForResponse((response) =>
    response.url().endsWith('/api/auth/refresh'),
  );
  await page.getByRole('link', { name: 'odoo-prod-eu-1' }).click();
  expect((await refreshed).status()).toBe(200);

  await expect(page.getByRole('heading', { level: 1, name: 'odoo-prod-eu-1' })).toBeVisible();
  await expect(page).toHaveURL(/\/servers\/srv-01$/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(refreshes.length).toBe(1);
});

test('a wrong API key is rejected with the API message and not kept', async ({ page, guard }) => {
  guard.expectFailedStatus(401);
  await page.goto('/login');
  await page.getByLabel('API key', { exact: true }).fill('ocore_k_not_a_real_key');
  await page.getByRole('button', { name: 'Use this key' }).click();
  await expect(page.getByRole('alert')).toContainText('API key rejected');
  await expect(page).toHaveURL(/\/login$/);
  // Only the time the API last answered (for the connection banner) is kept; no key.
  const stored = await page.evaluate(() => [
    ...Object.keys(localStorage),
    ...Object.keys(sessionStorage),
  ]);
  expect(stored.filter((key) => key !== LAST_CONTACT_STORAGE_KEY)).toEqual([]);
});

test('a kiosk link stores the key and leaves no trace of it in the address bar', async ({
  page,
  guard,
}) => {
  // A kiosk link is this screen's standing sign-in: the key is kept, as asserted below.
  guard.allowRememberedKey();
  for (const path of ['/', '/wall']) {
    await page.goto(`${path}#key=${DEV_API_KEY}&org=acme-hosting`);
    await expect(page.getByText('API key ocore_k_loc…')).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => window.location.href)).not.toContain(DEV_API_KEY);
    const stored = await page.evaluate(() => localStorage.getItem('ocore-monitor.session'));
    expect(JSON.parse(stored ?? '{}')).toMatchObject({
      apiKey: DEV_API_KEY,
      orgSlug: 'acme-hosting',
    });
  }
  await page.goto('/');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
});

test('?next= pointing off-site stays on the dashboard', async ({ page, baseURL }) => {
  for (const next of ['https://evil.example/', '//evil.example/', '/\\evil.example/']) {
    await page.goto(`/login?next=${encodeURIComponent(next)}`);
    await signInWithPassword(page, 'operator@example.com', 'operator-demo');
    await expect(page.getByRole('heading', { level: 1, name: 'Fleet' })).toBeVisible();
    expect(page.url()).toBe(`${baseURL}/`);
  }
});

test('signing out ends the cookie session and falls back to the built-in key', async ({ page }) => {
  await page.goto('/login?next=%2Fsettings');
  await signInWithPassword(page, 'operator@example.com', 'operator-demo');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.filter((cookie) => cookie.name.startsWith('ocore_'))).toEqual([]);
  await page.getByRole('link', { name: 'Fleet', exact: true }).click();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
});
