// @vitest-environment node
// Sign-in against the mock: cookies, TOTP, refresh, and the client's one-retry 401 hook.
import { describe, expect, it } from 'vitest';
import { sharedTestMock } from '../../../mock/testing/shared-test-mock.ts';
import { DEMO_TOTP_SECRET } from '../../../mock/auth/auth-store.ts';
import { totp } from '../../../mock/auth/totp.ts';
import { login, loginTwoFactor, logout, refreshSession } from '../auth.ts';
import { createApiClient, type ApiClientOptions } from '../client.ts';
import { getServers } from '../servers.ts';

const mock = sharedTestMock({ localHost: false });

/** Node's fetch keeps no cookies; this plays the browser's part for `credentials: 'include'`. */
function browserLikeFetch(): typeof fetch {
  const jar = new Map<string, string>();
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (jar.size > 0) headers.set('Cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(input, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value = ''] = pair.split('=');
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') jar.delete(name.trim());
      else jar.set(name.trim(), value);
    }
    return res;
  };
}

function client(options: Partial<ApiClientOptions> = {}) {
  return createApiClient({
    baseUrl: `${mock.url}/api`,
    getCredentials: () => ({}),
    fetch: browserLikeFetch(),
    ...options,
  });
}

describe('auth against the mock', () => {
  it('password sign-in starts a cookie session; logout ends it', async () => {
    const session = client();
    const result = await login(session, {
      email: 'operator@example.com',
      password: 'operator-demo',
    });
    expect(result).toEqual({
      user: { email: 'operator@example.com', name: 'Olivia Operator' },
      requiresTOTP: false,
      partialToken: null,
    });
    await expect(getServers(session)).resolves.not.toHaveLength(0);
    await logout(session);
    await expect(getServers(session)).rejects.toMatchObject({ status: 401 });
    await expect(refreshSession(session)).rejects.toMatchObject({ status: 401 });
  });

  it('a wrong password is a readable 401', async () => {
    await expect(
      login(client(), { email: 'operator@example.com', password: 'nope' }),
    ).rejects.toMatchObject({ status: 401, message: 'Invalid email or password' });
  });

  it('TOTP: a partial token, then the code', async () => {
    const session = client();
    const first = await login(session, { email: 'noc@example.com', password: 'noc-demo' });
    expect(first).toMatchObject({ requiresTOTP: true, partialToken: expect.any(String) });
    await expect(getServers(session)).rejects.toMatchObject({ status: 401 });
    const partialToken = first.partialToken!;
    await expect(loginTwoFactor(session, { code: '000000', partialToken })).rejects.toMatchObject({
      status: 401,
      code: 'invalid_totp_code',
    });
    const code = totp(DEMO_TOTP_SECRET, Date.now());
    await expect(loginTwoFactor(session, { code, partialToken })).resolves.toEqual({
      user: { email: 'noc@example.com', name: 'NOC Wall Screen' },
    });
    await expect(getServers(session)).resolves.not.toHaveLength(0);
  });

  it('onUnauthorized: an expired token is refreshed once and the request retried', async () => {
    let token: string | null = null;
    let refreshes = 0;
    const fetchWithCookies = browserLikeFetch();
    const session = createApiClient({
      baseUrl: `${mock.url}/api`,
      getCredentials: () => ({ token }),
      fetch: fetchWithCookies,
      onUnauthorized: async () => {
        refreshes += 1;
        token = (await refreshSession(session)).accessToken;
        return token !== null;
      },
    });
    await login(session, { email: 'operator@example.com', password: 'operator-demo' });
    token = (await refreshSession(session)).accessToken;
    expect(token).toEqual(expect.any(String));

    await fetch(`${mock.url}/__mock/expire-tokens`, { method: 'POST' });
    const stale = token;
    await expect(getServers(session)).resolves.not.toHaveLength(0);
    expect(refreshes).toBe(1);
    expect(token).not.toBe(stale);
  });
});
