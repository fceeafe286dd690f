// /api/auth/*: password login, TOTP second step, refresh-token rotation and logout, all cookie-based.
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { DEMO_USERS, publicUser, type AuthStore, type DemoUser } from './auth-store.ts';
import { jsonError, unauthorized } from '../routes/respond.ts';
import { verifyTotp } from './totp.ts';

export const ACCESS_COOKIE = 'ocore_access';
export const REFRESH_COOKIE = 'ocore_refresh';
const REFRESH_MAX_AGE_SECONDS = 7 * 86_400;

export interface AuthRouteDeps {
  auth: AuthStore;
  now: () => number;
  tokenTtlSeconds: () => number;
}

const loginBody = z.object({ email: z.string(), password: z.string() });
const twoFactorBody = z.object({ code: z.string(), partialToken: z.string() });

async function readBody<T>(c: Context, schema: z.ZodType<T>): Promise<T | null> {
  const json: unknown = await c.req.json().catch(() => null);
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

function setSessionCookies(c: Context, deps: AuthRouteDeps, user: DemoUser): string {
  const ttl = deps.tokenTtlSeconds();
  const accessToken = deps.auth.issueAccessToken(user.id, ttl);
  const cookie = { httpOnly: true, sameSite: 'Lax', path: '/' } as const;
  setCookie(c, ACCESS_COOKIE, accessToken, { ...cookie, maxAge: ttl });
  const refreshToken = deps.auth.issueRefreshToken(user.id);
  setCookie(c, REFRESH_COOKIE, refreshToken, { ...cookie, maxAge: REFRESH_MAX_AGE_SECONDS });
  return accessToken;
}

export function authRoutes(deps: AuthRouteDeps): Hono {
  const routes = new Hono();

  routes.post('/login', async (c) => {
    const body = await readBody(c, loginBody);
    if (!body) return jsonError(c, 400, 'invalid_request', 'Send JSON {"email", "password"}');
    const user = DEMO_USERS.find(
      (candidate) =>
        candidate.email === body.email.trim().toLowerCase() && candidate.password === body.password,
    );
    if (!user) return unauthorized(c, 'Invalid email or password', 'invalid_credentials');
    if (user.totpSecret !== null) {
      const partialToken = deps.auth.issuePartialToken(user.id);
      return c.json({ user: publicUser(user), requiresTOTP: true, partialToken });
    }
    setSessionCookies(c, deps, user);
    return c.json({ user: publicUser(user), requiresTOTP: false, partialToken: null });
  });

  routes.post('/login/2fa', async (c) => {
    const body = await readBody(c, twoFactorBody);
    if (!body) return jsonError(c, 400, 'invalid_request', 'Send JSON {"code", "partialToken"}');
    const userId = deps.auth.partialTokenUser(body.partialToken);
    const user = DEMO_USERS.find((candidate) => candidate.id === userId);
    if (!user?.totpSecret) {
      return unauthorized(
        c,
        'Sign-in session expired; enter your password again',
        'invalid_partial_token',
      );
    }
    if (!verifyTotp(user.totpSecret, body.code.trim(), deps.now())) {
      return unauthorized(
        c,
        'Invalid authentication code; check your authenticator app',
        'invalid_totp_code',
      );
    }
    deps.auth.consumePartialToken(body.partialToken);
    setSessionCookies(c, deps, user);
    return c.json({ user: publicUser(user) });
  });

  routes.post('/refresh', (c) => {
    const presented = getCookie(c, REFRESH_COOKIE);
    if (!presented)
      return unauthorized(c, 'No refresh token; sign in again', 'invalid_refresh_token');
    const rotated = deps.auth.rotateRefreshToken(presented);
    if (!rotated) {
      deleteCookie(c, REFRESH_COOKIE, { path: '/' });
      return unauthorized(
        c,
        'Refresh token expired or revoked; sign in again',
        'invalid_refresh_token',
      );
    }
    const ttl = deps.tokenTtlSeconds();
    const accessToken = deps.auth.issueAccessToken(rotated.userId, ttl);
    const cookie = { httpOnly: true, sameSite: 'Lax', path: '/' } as const;
    setCookie(c, ACCESS_COOKIE, accessToken, { ...cookie, maxAge: ttl });
    setCookie(c, REFRESH_COOKIE, rotated.refreshToken, {
      ...cookie,
      maxAge: REFRESH_MAX_AGE_SECONDS,
    });
    return c.json({ accessToken, expiresIn: ttl });
  });

  routes.post('/logout', (c) => {
    const refresh = getCookie(c, REFRESH_COOKIE);
    if (refresh) deps.auth.revokeRefreshToken(refresh);
    const access = getCookie(c, ACCESS_COOKIE);
    if (access) deps.auth.revokeAccessToken(access);
    deleteCookie(c, ACCESS_COOKIE, { path: '/' });
    deleteCookie(c, REFRESH_COOKIE, { path: '/' });
    return c.json({ message: 'Logged out' });
  });

  return routes;
}
