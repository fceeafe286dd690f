// Guards every non-auth /api route: a Bearer API key or access token, or the access-token cookie.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { DEV_API_KEY, READ_ONLY_API_KEY, type AuthStore, type BearerCheck } from './auth-store.ts';
import { ACCESS_COOKIE } from './auth-routes.ts';
import { unauthorized } from '../routes/respond.ts';
import type { MockState } from '../server/state.ts';

export function checkCredential(token: string, auth: AuthStore, state: MockState): BearerCheck {
  if (token.startsWith('ocore_')) {
    if (token !== DEV_API_KEY && token !== READ_ONLY_API_KEY)
      return { ok: false, message: 'Invalid API key' };
    if (state.faults.revokeApiKeys) return { ok: false, message: 'API key has been revoked' };
    return { ok: true, subject: 'api-key' };
  }
  return auth.verifyAccessToken(token);
}

/** The Bearer token of a request, if it sent one. */
export function bearerToken(c: Context): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1];
}

export function requireAuth(auth: AuthStore, state: MockState): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    let token: string | undefined;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match?.[1]) return unauthorized(c, 'Authorization header must be "Bearer <token>"');
      token = match[1];
    } else {
      token = getCookie(c, ACCESS_COOKIE);
    }
    if (!token) return unauthorized(c, 'Missing credentials: send Authorization: Bearer <token>');
    const check = checkCredential(token, auth, state);
    if (!check.ok) return unauthorized(c, check.message);
    await next();
  };
}
