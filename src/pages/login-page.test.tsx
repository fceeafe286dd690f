import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET } from '../../mock/auth/auth-store.ts';
import { totp } from '../../mock/auth/totp.ts';
import { createCookieJarFetch } from '../../test/cookie-jar-fetch.ts';
import { sharedTestMock } from '../../mock/testing/shared-test-mock.ts';
import { DEV_KEY, renderWithProviders } from '../../test/render-with-providers.tsx';
import { SESSION_STORAGE_KEY } from '../session/session-store.ts';
import { LAST_CONTACT_STORAGE_KEY } from '../app/last-contact.ts';

const mock = sharedTestMock();
afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

async function signInWithPassword(user: UserEvent, email: string, password: string) {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

async function useKey(user: UserEvent, apiKey: string, org = '') {
  await user.type(await screen.findByLabelText('API key'), apiKey);
  if (org) await user.type(screen.getByLabelText('Organisation'), org);
  await user.click(screen.getByRole('button', { name: 'Use this key' }));
}

const fleetHeading = () => screen.findByRole('heading', { level: 1, name: 'Fleet' });

describe('LoginPage: API key', () => {
  it('checks the key against the API, keeps it, and returns to ?next=', async () => {
    const { user, router } = renderWithProviders({
      apiOrigin: mock.url,
      url: '/login?next=%2Fservers%2Fsrv-01%3Fperiod%3D6h',
      token: null,
    });
    await screen.findByRole('heading', { name: 'Sign in' });
    await user.click(await screen.findByLabelText('Remember on this device'));
    await useKey(user, DEV_KEY, 'acme-hosting');
    expect(await screen.findByRole('heading', { level: 1, name: 'odoo-prod-eu-1' })).toBeVisible();
    expect(router.state.location).toMatchObject({
      pathname: '/servers/srv-01',
      search: '?period=6h',
    });
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY)!)).toMatchObject({
      apiKey: DEV_KEY,
      orgSlug: 'acme-hosting',
    });
    expect(screen.getByText('API key ocore_k_loc…')).toBeInTheDocument();
  });

  it('keeps an unremembered key for this tab only', async () => {
    const { user } = renderWithProviders({ apiOrigin: mock.url, url: '/login', token: null });
    await useKey(user, DEV_KEY);
    await fleetHeading();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toContain(DEV_KEY);
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('says "API key rejected" on a 401 and keeps nothing', async () => {
    const { user, router } = renderWithProviders({ apiOrigin: mock.url, url: '/login' });
    await useKey(user, 'ocore_k_not_a_real_key');
    expect(await screen.findByRole('alert')).toHaveTextContent('API key rejected: Invalid API key');
    expect(screen.getByLabelText('API key')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Organisation')).not.toHaveAttribute('aria-invalid');
    expect(router.state.location.pathname).toBe('/login');
    // Only the time the API last answered (for the connection banner) is kept; no key.
    const stored = [...Object.keys(localStorage), ...Object.keys(sessionStorage)];
    expect(stored.filter((key) => key !== LAST_CONTACT_STORAGE_KEY)).toEqual([]);
  });

  it('catches a malformed organisation before asking the API', async () => {
    const { user } = renderWithProviders({ apiOrigin: mock.url, url: '/login' });
    await useKey(user, DEV_KEY, 'not a slug!');
    expect(await screen.findByRole('alert')).toHaveTextContent('3–50 lowercase letters');
    expect(screen.getByLabelText('Organisation')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('API key')).not.toHaveAttribute('aria-invalid');
  });

  it.each(['https://evil.example', '//evil.example', '/\\evil.example'])(
    'never follows ?next=%s off the site',
    async (next) => {
      const { user, router } = renderWithProviders({
        apiOrigin: mock.url,
        url: `/login?next=${encodeURIComponent(next)}`,
      });
      await useKey(user, DEV_KEY);
      await fleetHeading();
      expect(router.state.location.pathname).toBe('/');
    },
  );
});

describe('LoginPage: email and password', () => {
  it('opens a cookie session: no Authorization header, not even the config key', async () => {
    const jar = createCookieJarFetch();
    const { user } = renderWithProviders({
      apiOrigin: mock.url,
      url: '/login',
      fetch: jar.fetch,
    });
    await signInWithPassword(user, 'operator@example.com', 'operator-demo');
    await fleetHeading();
    await screen.findByRole('table');
    const apiCalls = jar.sent.filter((request) => !request.path.startsWith('/api/auth/'));
    expect(apiCalls.length).toBeGreaterThan(0);
    for (const request of apiCalls) {
      expect(request.authorization).toBeNull();
      expect(request.cookie).toContain('ocore_access=');
    }
    expect(screen.getByText('Signed in as operator@example.com')).toBeInTheDocument();
  });

  it('asks for the 6-digit code when the account has 2FA', async () => {
    const jar = createCookieJarFetch();
    const { user } = renderWithProviders({
      apiOrigin: mock.url,
      url: '/login',
      fetch: jar.fetch,
    });
    await signInWithPassword(user, 'noc@example.com', 'noc-demo');
    const code = await screen.findByLabelText('Code');
    expect(code).toHaveFocus();
    await user.type(code, totp(DEMO_TOTP_SECRET, Date.now()));
    await user.click(screen.getByRole('button', { name: 'Verify code' }));
    await fleetHeading();
    expect(screen.getByText('Signed in as noc@example.com')).toBeInTheDocument();
  });

  it("shows the API's message for a wrong password", async () => {
    const { user, router } = renderWithProviders({ apiOrigin: mock.url, url: '/login' });
    await signInWithPassword(user, 'operator@example.com', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid email or password');
    expect(router.state.location.pathname).toBe('/login');
  });

  it("shows the API's message for a wrong code, and can start over", async () => {
    const { user } = renderWithProviders({ apiOrigin: mock.url, url: '/login' });
    await signInWithPassword(user, 'noc@example.com', 'noc-demo');
    const now = Date.now();
    const valid = new Set([-30_000, 0, 30_000].map((drift) => totp(DEMO_TOTP_SECRET, now + drift)));
    const wrong = ['000000', '111111', '222222', '333333'].find(
      (candidate) => !valid.has(candidate),
    )!;
    await user.type(await screen.findByLabelText('Code'), wrong);
    await user.click(screen.getByRole('button', { name: 'Verify code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid authentication code');
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
