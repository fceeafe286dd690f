import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient, type ApiClient } from '../api/client.ts';
import { createSessionRenewal } from './session-renewal.ts';
import { createSessionStore } from './session-store.ts';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const NO_CONFIG = { apiKey: null, orgSlug: null };

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

function setup(kind: 'password' | 'api-key') {
  const store = createSessionStore(NO_CONFIG);
  store.signIn(
    kind === 'password'
      ? { kind, email: 'a@b.c', orgSlug: null }
      : { kind, apiKey: 'ocore_k_x', orgSlug: null, remember: false },
  );
  let refreshes = 0;
  let accessValid = false;
  const fetchMock = vi.fn<typeof fetch>(async (input) => {
    const url = String(input);
    if (url.endsWith('/auth/refresh')) {
      refreshes += 1;
      accessValid = true;
      return json({ accessToken: 'cookie-too' });
    }
    return accessValid ? json({ servers: [] }) : json({ message: 'Access token expired' }, 401);
  });
  const client: ApiClient = createApiClient({
    baseUrl: '/api',
    getCredentials: store.getCredentials,
    fetch: fetchMock,
    onUnauthorized: createSessionRenewal(store, () => client),
  });
  return { client, fetchMock, refreshes: () => refreshes };
}

describe('createSessionRenewal', () => {
  it('refreshes a cookie session once for many concurrent 401s, then retries them', async () => {
    const { client, fetchMock, refreshes } = setup('password');
    const requests = Array.from({ length: 5 }, () => client.request('/servers', (body) => body));
    await expect(Promise.all(requests)).resolves.toHaveLength(5);
    expect(refreshes()).toBe(1);
    const refreshCall = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/refresh'));
    expect(refreshCall?.[1]).toMatchObject({ method: 'POST', credentials: 'include' });
    // Cookie sessions never put a token in a header.
    for (const [, init] of fetchMock.mock.calls) {
      expect(new Headers(init?.headers).has('Authorization')).toBe(false);
    }
  });

  it('never refreshes an API key: its 401 stands', async () => {
    const { client, refreshes } = setup('api-key');
    await expect(client.request('/servers', (body) => body)).rejects.toMatchObject({ status: 401 });
    expect(refreshes()).toBe(0);
  });

  it('reports a failed refresh as "not renewed"', async () => {
    const store = createSessionStore(NO_CONFIG);
    store.signIn({ kind: 'password', email: 'a@b.c', orgSlug: null });
    const client = createApiClient({
      baseUrl: '/api',
      getCredentials: store.getCredentials,
      fetch: async () => json({ message: 'Refresh token expired' }, 401),
    });
    await expect(createSessionRenewal(store, () => client)()).resolves.toBe(false);
  });

  it('keeps a cookie session when the refresh cannot get through: the request fails as a network fault', async () => {
    const store = createSessionStore(NO_CONFIG);
    store.signIn({ kind: 'password', email: 'a@b.c', orgSlug: null });
    const fetchMock = vi.fn<typeof fetch>(async (input) => {
      if (String(input).endsWith('/auth/refresh')) throw new TypeError('Failed to fetch');
      return json({ message: 'Access token expired' }, 401);
    });
    const client: ApiClient = createApiClient({
      baseUrl: '/api',
      getCredentials: store.getCredentials,
      fetch: fetchMock,
      onUnauthorized: createSessionRenewal(store, () => client),
    });
    await expect(client.request('/servers', (body) => body)).rejects.toMatchObject({
      status: 0,
      code: 'network',
    });
    expect(store.getSession()?.kind).toBe('password');
  });

  it('ends a cookie session when oCore refuses the refresh', async () => {
    const store = createSessionStore(NO_CONFIG);
    store.signIn({ kind: 'password', email: 'a@b.c', orgSlug: null });
    const client: ApiClient = createApiClient({
      baseUrl: '/api',
      getCredentials: store.getCredentials,
      fetch: async () => json({ message: 'Refresh token expired' }, 401),
      onUnauthorized: createSessionRenewal(store, () => client),
    });
    await expect(client.request('/servers', (body) => body)).rejects.toMatchObject({ status: 401 });
  });
});
