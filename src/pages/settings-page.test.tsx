import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCookieJarFetch } from '../../test/cookie-jar-fetch.ts';
import { scenarios } from '../../mock/testing/test-mock.ts';
import { sharedTestMock } from '../../mock/testing/shared-test-mock.ts';
import { DEV_KEY, renderWithProviders } from '../../test/render-with-providers.tsx';
import { SESSION_STORAGE_KEY, createSessionStore } from '../session/session-store.ts';

const mock = sharedTestMock();
afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

function signedInWithKey(remember = true) {
  const store = createSessionStore({ apiKey: null, orgSlug: 'config-org' });
  store.signIn({ kind: 'api-key', apiKey: DEV_KEY, orgSlug: 'acme-hosting', remember });
  return store;
}

const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;

describe('SettingsPage', () => {
  it('shows which oCore, which organisation and which key, never the whole key', async () => {
    renderWithProviders({
      apiOrigin: mock.url,
      url: '/settings',
      sessionStore: signedInWithKey(),
    });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(fact('oCore API')).toHaveTextContent(`${mock.url}/api`);
    expect(fact('Organisation')).toHaveTextContent('acme-hosting');
    expect(fact('Signed in as')).toHaveTextContent(
      'API key ocore_k_loc… (remembered on this device)',
    );
    expect(document.body).not.toHaveTextContent(DEV_KEY);
  });

  it('tests the connection and says how many servers it sees, or why not', async () => {
    const { user } = renderWithProviders({ apiOrigin: mock.url, url: '/settings' });
    await user.click(await screen.findByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/Connected: \d+ servers visible/)).toBeInTheDocument();
    await scenarios.fleetListFails(mock, 503);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Connection failed: Service temporarily unavailable',
    );
  });

  it('copies a kiosk link for the current key, or offers it to copy by hand', async () => {
    const { user } = renderWithProviders({
      apiOrigin: mock.url,
      url: '/settings',
      sessionStore: signedInWithKey(),
    });
    await user.click(await screen.findByRole('button', { name: 'Copy kiosk link' }));
    expect(await screen.findByText('Copied to the clipboard')).toBeInTheDocument();
    const expected = `${window.location.origin}/wall#key=${DEV_KEY}&org=acme-hosting`;
    await expect(navigator.clipboard.readText()).resolves.toBe(expected);

    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('Denied'));
    await user.click(screen.getByRole('button', { name: 'Copy kiosk link' }));
    const field = await screen.findByLabelText('Kiosk link');
    expect(field).toHaveValue(expected);
    expect(field).toHaveAttribute('readonly');
  });

  it('offers no kiosk link for a cookie session', async () => {
    const store = createSessionStore({ apiKey: null, orgSlug: null });
    store.signIn({ kind: 'password', email: 'operator@example.com', orgSlug: null });
    renderWithProviders({ apiOrigin: mock.url, url: '/settings', sessionStore: store });
    const wall = await screen.findByRole('region', { name: 'Wall screen' });
    expect(within(wall).queryByRole('button')).not.toBeInTheDocument();
    expect(fact('Signed in as')).toHaveTextContent('operator@example.com (email and password)');
  });

  it('signs out: revokes the session, forgets the key and falls back to the config key', async () => {
    const jar = createCookieJarFetch();
    const store = createSessionStore({ apiKey: 'ocore_k_config_key', orgSlug: null });
    store.signIn({ kind: 'api-key', apiKey: DEV_KEY, orgSlug: null, remember: true });
    const { user, router } = renderWithProviders({
      apiOrigin: mock.url,
      url: '/settings',
      sessionStore: store,
      fetch: jar.fetch,
    });
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(jar.sent.some((request) => request.path === '/api/auth/logout')).toBe(true);
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(store.getCredentials().token).toBe('ocore_k_config_key');
  });
});
