import { isApiError } from '../api/api-error.ts';
import { refreshSession } from '../api/auth.ts';
import type { ApiClient } from '../api/client.ts';
import type { SessionStore } from './session-store.ts';

/**
 * The client's `onUnauthorized` hook: a cookie session trades its refresh cookie for a new access
 * token; API keys never refresh, so their 401 stands. The client shares one call among all 401s.
 * Only oCore refusing the refresh (a 4xx) ends the session: a refresh lost to a network fault,
 * a timeout or a 5xx rejects with that error, so the screen retries instead of signing out.
 */
export function createSessionRenewal(
  store: SessionStore,
  getClient: () => ApiClient,
): () => Promise<boolean> {
  return async () => {
    if (store.getSession()?.kind !== 'password') return false;
    try {
      await refreshSession(getClient());
      return true;
    } catch (error) {
      if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
      throw error;
    }
  };
}
