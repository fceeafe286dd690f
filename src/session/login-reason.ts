import type { FallbackCredentials, UserSession } from './session-store.ts';

/** Why the sign-in page is shown, carried as `?reason=`. */
export type LoginReason = 'expired' | 'key-rejected' | 'signed-out';

export const LOGIN_REASON_MESSAGES: Record<LoginReason, string> = {
  expired: 'Your session expired. Sign in again to carry on where you were.',
  'key-rejected': 'API key rejected. Paste a valid key or sign in with your email and password.',
  'signed-out': 'You have signed out.',
};

export function parseLoginReason(value: string | null): LoginReason | null {
  return value !== null && value in LOGIN_REASON_MESSAGES ? (value as LoginReason) : null;
}

/** After a 401: a cookie session has expired, a key was refused; with no credentials, just sign in. */
export function loginReasonFor(
  session: UserSession | null,
  fallback: FallbackCredentials,
): LoginReason | undefined {
  if (session?.kind === 'password') return 'expired';
  if (session?.kind === 'api-key' || fallback.apiKey) return 'key-rejected';
  return undefined;
}
