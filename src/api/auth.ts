import type { ApiClient } from './client.ts';
import { isRecord, toBoolean, toText } from './schemas/wire-values.ts';

// Sessions live in httpOnly cookies set by these calls; the client sends them with every request.

export interface SessionUser {
  email: string;
  name?: string;
}

export interface LoginResult {
  user: SessionUser;
  /** True when a second step (`loginTwoFactor`) is needed before the session exists. */
  requiresTOTP: boolean;
  partialToken: string | null;
}

function parseUser(raw: unknown): SessionUser {
  const email = isRecord(raw) ? toText(raw.email).trim() : '';
  const name = isRecord(raw) ? toText(raw.name).trim() : '';
  return name === '' ? { email } : { email, name };
}

const nonEmptyString = (value: unknown) =>
  typeof value === 'string' && value !== '' ? value : null;

function parseLogin(json: unknown): LoginResult {
  if (!isRecord(json)) throw new Error('expected an object');
  return {
    user: parseUser(json.user),
    requiresTOTP: toBoolean(json.requiresTOTP),
    partialToken: nonEmptyString(json.partialToken),
  };
}

// A 2FA answer without a user still means the session exists (the cookies are set).
const parseTwoFactor = (json: unknown) => ({ user: parseUser(isRecord(json) ? json.user : null) });

const parseRefresh = (json: unknown) => ({
  accessToken: nonEmptyString(isRecord(json) ? json.accessToken : null),
});

export function login(
  client: ApiClient,
  credentials: { email: string; password: string },
  signal?: AbortSignal,
): Promise<LoginResult> {
  return client.request('/auth/login', parseLogin, {
    method: 'POST',
    body: credentials,
    signal,
  });
}

export function loginTwoFactor(
  client: ApiClient,
  input: { code: string; partialToken: string },
  signal?: AbortSignal,
): Promise<{ user: SessionUser }> {
  return client.request('/auth/login/2fa', parseTwoFactor, {
    method: 'POST',
    body: input,
    signal,
  });
}

/** Trades the refresh cookie for a new access token; the token may arrive only as a cookie. */
export function refreshSession(
  client: ApiClient,
  signal?: AbortSignal,
): Promise<{ accessToken: string | null }> {
  return client.request('/auth/refresh', parseRefresh, {
    method: 'POST',
    signal,
  });
}

export async function logout(client: ApiClient, signal?: AbortSignal): Promise<void> {
  await client.request('/auth/logout', () => undefined, { method: 'POST', signal });
}
