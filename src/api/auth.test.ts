import { describe, expect, it, vi } from 'vitest';
import { login, loginTwoFactor, logout, refreshSession } from './auth.ts';
import { createApiClient } from './client.ts';

function clientAnswering(body: string | null, status = 200) {
  const fetchMock = vi.fn<typeof fetch>(async () => new Response(body, { status }));
  const onUnauthorized = vi.fn(async () => true);
  const client = createApiClient({
    baseUrl: '/api',
    getCredentials: () => ({}),
    fetch: fetchMock,
    onUnauthorized,
  });
  const sent = () => {
    const [url, init] = fetchMock.mock.calls[0];
    return { url: String(url), method: init?.method, body: init?.body, init };
  };
  return { client, sent, onUnauthorized };
}

describe('auth endpoints', () => {
  it('login posts the credentials with cookies and reads the TOTP step', async () => {
    const { client, sent } = clientAnswering(
      JSON.stringify({
        user: { email: 'ops@acme.test', name: 'Ops', id: 'u1' },
        requiresTOTP: true,
        partialToken: 'pt-1',
      }),
    );
    await expect(login(client, { email: 'ops@acme.test', password: 'pw' })).resolves.toEqual({
      user: { email: 'ops@acme.test', name: 'Ops' },
      requiresTOTP: true,
      partialToken: 'pt-1',
    });
    expect(sent()).toMatchObject({
      url: '/api/auth/login',
      method: 'POST',
      body: JSON.stringify({ email: 'ops@acme.test', password: 'pw' }),
      init: { credentials: 'include' },
    });
  });

  it('login without TOTP has no partial token', async () => {
    const { client } = clientAnswering(JSON.stringify({ user: { email: 'a@b.c' } }));
    await expect(login(client, { email: 'a@b.c', password: 'x' })).resolves.toEqual({
      user: { email: 'a@b.c' },
      requiresTOTP: false,
      partialToken: null,
    });
  });

  it('a wrong password is a 401 without a session renewal attempt', async () => {
    const { client, onUnauthorized } = clientAnswering(
      JSON.stringify({ message: 'Invalid email or password' }),
      401,
    );
    await expect(login(client, { email: 'a@b.c', password: 'x' })).rejects.toMatchObject({
      status: 401,
      message: 'Invalid email or password',
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('loginTwoFactor posts the code', async () => {
    const { client, sent } = clientAnswering(JSON.stringify({ user: { email: 'a@b.c' } }));
    await expect(loginTwoFactor(client, { code: '123456', partialToken: 'pt' })).resolves.toEqual({
      user: { email: 'a@b.c' },
    });
    expect(sent()).toMatchObject({ url: '/api/auth/login/2fa', method: 'POST' });
  });

  it('refreshSession returns the token from the body, or null when it came as a cookie only', async () => {
    const withToken = clientAnswering(JSON.stringify({ accessToken: 'jwt-2' }));
    await expect(refreshSession(withToken.client)).resolves.toEqual({ accessToken: 'jwt-2' });
    expect(withToken.sent()).toMatchObject({ url: '/api/auth/refresh', method: 'POST' });
    const cookieOnly = clientAnswering(null, 204);
    await expect(refreshSession(cookieOnly.client)).resolves.toEqual({ accessToken: null });
  });

  it('logout posts and ignores the message', async () => {
    const { client, sent } = clientAnswering(JSON.stringify({ message: 'Logged out' }));
    await expect(logout(client)).resolves.toBeUndefined();
    expect(sent()).toMatchObject({ url: '/api/auth/logout', method: 'POST' });
  });
});
