import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createCookieJarFetch } from '../../test/cookie-jar-fetch.ts';
import { sharedTestMock } from '../../mock/testing/shared-test-mock.ts';
import { DEV_KEY, renderWithProviders } from '../../test/render-with-providers.tsx';
import { serverKeys } from '../queries/query-keys.ts';
import { createSessionStore } from './session-store.ts';

const mock = sharedTestMock();
afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

const expireAccessTokens = () => fetch(`${mock.url}/__mock/expire-tokens`, { method: 'POST' });

describe('SessionGuard and the cookie session', () => {
  it('refreshes an expired access token transparently, then sends the user to sign in when the refresh fails and back afterwards', async () => {
    const jar = createCookieJarFetch();
    const { user, router, queryClient } = renderWithProviders({
      apiOrigin: mock.url,
      url: '/login?next=%2F%3Fsort%3Dname',
      fetch: jar.fetch,
    });
    const signIn = async () => {
      await user.type(await screen.findByLabelText('Email'), 'operator@example.com');
      await user.type(screen.getByLabelText('Password'), 'operator-demo');
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      await screen.findByRole('table');
    };
    await signIn();
    expect(router.state.location).toMatchObject({ pathname: '/', search: '?sort=name' });

    // Every panel gets a 401: the refresh is invisible, each request retried once.
    await expireAccessTokens();
    const sentBefore = jar.sent.length;
    await queryClient.refetchQueries({ type: 'active' });
    const afterExpiry = jar.sent.slice(sentBefore);
    const refreshes = afterExpiry.filter((request) => request.path === '/api/auth/refresh');
    expect(refreshes.length).toBe(1);
    // The list failed once and succeeded on its one retry.
    expect(afterExpiry.filter((request) => request.path === '/api/servers').length).toBe(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');

    // The refresh token is gone too (revoked, or a week old): the session is over.
    jar.cookies.delete('ocore_refresh');
    await expireAccessTokens();
    await queryClient.refetchQueries({ queryKey: serverKeys.list() });
    expect(await screen.findByText(/Your session expired/)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('reason')).toBe('expired');
    expect(params.get('next')).toBe('/?sort=name');

    await signIn();
    expect(router.state.location).toMatchObject({ pathname: '/', search: '?sort=name' });
  });
});

describe('SessionGuard and API keys', () => {
  it('sends a rejected key to the sign-in page, saying so, with the way back', async () => {
    await mock.setFaults({ revokeApiKeys: true });
    const { router } = renderWithProviders({ apiOrigin: mock.url, url: '/servers/srv-01' });
    expect(await screen.findByText(/API key rejected/)).toBeInTheDocument();
    const params = new URLSearchParams(router.state.location.search);
    expect(router.state.location.pathname).toBe('/login');
    expect(params.get('next')).toBe('/servers/srv-01');
    expect(params.get('reason')).toBe('key-rejected');
  });

  it('shows a 403 as a permission problem on the panel, without signing out', async () => {
    await mock.setFaults({ errors: [{ pattern: '/api/servers', status: 403 }] });
    const sessionStore = createSessionStore({ apiKey: null, orgSlug: null });
    sessionStore.signIn({ kind: 'api-key', apiKey: DEV_KEY, orgSlug: null, remember: false });
    const { router } = renderWithProviders({ apiOrigin: mock.url, sessionStore });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server list could not be loaded');
    expect(alert).toHaveTextContent(/Permission denied.*view:servers/);
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(sessionStore.getSession()).not.toBeNull();
  });
});
