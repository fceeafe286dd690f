// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET } from './auth-store.ts';
import type { RunningMockServer } from '../server/server.ts';
import { apiFetch, testClock, type TestClock } from '../testing/test-helpers.ts';
import { DETERMINISTIC, startTestMock } from '../testing/test-mock.ts';
import { errorBodySchema } from '../testing/test-schemas.ts';
import { totp } from './totp.ts';

let server: RunningMockServer;
let clock: TestClock;
beforeEach(async () => {
  clock = testClock();
  server = await startTestMock({ ...DETERMINISTIC, now: clock.now });
});
afterEach(() => server.close());

const post = (path: string, body?: unknown, cookie?: string) =>
  fetch(`${server.url}/api/auth${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** name → value from Set-Cookie headers, plus the raw attribute strings for checks. */
function cookies(response: Response): Record<string, { value: string; raw: string }> {
  const jar: Record<string, { value: string; raw: string }> = {};
  for (const raw of response.headers.getSetCookie()) {
    const [pair = ''] = raw.split(';');
    const [name = '', value = ''] = pair.split('=');
    jar[name] = { value, raw };
  }
  return jar;
}

const servers = (init: RequestInit) => fetch(`${server.url}/api/servers`, init);

async function expect401(response: Response) {
  expect(response.status).toBe(401);
  errorBodySchema.parse(await response.json());
}

async function signInOperator() {
  const response = await post('/login', {
    email: 'operator@example.com',
    password: 'operator-demo',
  });
  expect(response.status).toBe(200);
  return cookies(response);
}

describe('authentication', () => {
  it('rejects missing, malformed and unknown credentials with 401 JSON', async () => {
    await expect401(await servers({}));
    await expect401(await servers({ headers: { Authorization: 'Basic abc' } }));
    await expect401(await servers({ headers: { Authorization: 'Bearer ocore_k_wrong' } }));
    await expect401(await servers({ headers: { Authorization: 'Bearer a.b.c' } }));
    const body = await (await servers({})).json();
    expect(body).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await apiFetch(server, '/api/servers')).status).toBe(200);
  });

  it('logs in with a password and sets httpOnly, SameSite=Lax, Path=/ cookies', async () => {
    const response = await post('/login', {
      email: 'operator@example.com',
      password: 'operator-demo',
    });
    expect(await response.json()).toMatchObject({
      user: { email: 'operator@example.com' },
      requiresTOTP: false,
    });
    const jar = cookies(response);
    for (const name of ['ocore_access', 'ocore_refresh']) {
      expect(jar[name]?.raw).toMatch(/HttpOnly/i);
      expect(jar[name]?.raw).toMatch(/SameSite=Lax/i);
      expect(jar[name]?.raw).toMatch(/Path=\//);
    }
    const access = jar.ocore_access!.value;
    expect((await servers({ headers: { Cookie: `ocore_access=${access}` } })).status).toBe(200);
    expect((await servers({ headers: { Authorization: `Bearer ${access}` } })).status).toBe(200);
  });

  it('rejects a wrong password', async () => {
    const response = await post('/login', { email: 'operator@example.com', password: 'nope' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: 'invalid_credentials', message: 'Invalid email or password' },
    });
    expect(response.headers.getSetCookie()).toEqual([]);
    expect((await post('/login', { email: 1 })).status).toBe(400);
  });

  it('requires a TOTP code for the 2FA user and accepts a computed one', async () => {
    const login = await post('/login', { email: 'noc@example.com', password: 'noc-demo' });
    const body = (await login.json()) as { requiresTOTP: boolean; partialToken: string };
    expect(body.requiresTOTP).toBe(true);
    expect(body.partialToken).toEqual(expect.any(String));
    expect(login.headers.getSetCookie()).toEqual([]);

    const wrongCode = totp(DEMO_TOTP_SECRET, clock.now() + 10 * 60_000);
    const wrong = await post('/login/2fa', { code: wrongCode, partialToken: body.partialToken });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'invalid_totp_code' } });

    const code = totp(DEMO_TOTP_SECRET, clock.now() - 30_000);
    const ok = await post('/login/2fa', { code, partialToken: body.partialToken });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ user: { email: 'noc@example.com' } });
    expect(cookies(ok).ocore_access?.value).toBeTruthy();
    // The partial token is single-use.
    expect((await post('/login/2fa', { code, partialToken: body.partialToken })).status).toBe(401);
  });

  it('expires access tokens after their lifetime and on expire-tokens', async () => {
    const access = (await signInOperator()).ocore_access!.value;
    const withToken = { headers: { Authorization: `Bearer ${access}` } };
    clock.advance(3_599_000);
    expect((await servers(withToken)).status).toBe(200);
    clock.advance(2_000);
    await expect401(await servers(withToken));

    const fresh = (await signInOperator()).ocore_access!.value;
    expect((await servers({ headers: { Authorization: `Bearer ${fresh}` } })).status).toBe(200);
    const expire = await fetch(`${server.url}/__mock/expire-tokens`, { method: 'POST' });
    expect(await expire.json()).toEqual({ expired: 1 });
    await expect401(await servers({ headers: { Authorization: `Bearer ${fresh}` } }));
  });

  it('rotates the refresh token: new access token in body and cookie, old refresh rejected', async () => {
    const jar = await signInOperator();
    const oldRefresh = `ocore_refresh=${jar.ocore_refresh!.value}`;
    await fetch(`${server.url}/__mock/expire-tokens`, { method: 'POST' });
    const refreshed = await post('/refresh', undefined, oldRefresh);
    expect(refreshed.status).toBe(200);
    const { accessToken } = (await refreshed.json()) as { accessToken: string };
    const rotated = cookies(refreshed);
    expect(rotated.ocore_access?.value).toBe(accessToken);
    expect(rotated.ocore_refresh?.value).not.toBe(jar.ocore_refresh!.value);
    expect((await servers({ headers: { Authorization: `Bearer ${accessToken}` } })).status).toBe(
      200,
    );
    expect((await post('/refresh', undefined, oldRefresh)).status).toBe(401);
    expect((await post('/refresh')).status).toBe(401);
  });

  it('logs out: revokes the refresh token and clears cookies', async () => {
    const jar = await signInOperator();
    const cookie = `ocore_access=${jar.ocore_access!.value}; ocore_refresh=${jar.ocore_refresh!.value}`;
    const response = await post('/logout', undefined, cookie);
    expect(await response.json()).toEqual({ message: expect.any(String) });
    const cleared = cookies(response);
    expect(cleared.ocore_access?.raw).toMatch(/Max-Age=0/);
    expect(cleared.ocore_refresh?.raw).toMatch(/Max-Age=0/);
    expect((await post('/refresh', undefined, cookie)).status).toBe(401);
    await expect401(await servers({ headers: { Cookie: cookie } }));
  });

  it('issues short-lived tokens when configured', async () => {
    const short = await startTestMock({ ...DETERMINISTIC, now: clock.now, tokenTtlSeconds: 60 });
    try {
      const response = await fetch(`${short.url}/api/auth/login`, {
        method: 'POST',
        body: JSON.stringify({ email: 'operator@example.com', password: 'operator-demo' }),
      });
      expect(cookies(response).ocore_access?.raw).toMatch(/Max-Age=60/);
      const access = cookies(response).ocore_access!.value;
      clock.advance(61_000);
      await expect401(await apiFetch(short, '/api/servers', {}, access));
    } finally {
      await short.close();
    }
  });
});
