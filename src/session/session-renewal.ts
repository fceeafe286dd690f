import { refreshSession } from '../api/auth.ts';
import type { ApiClient } from '../api/client.ts';
import type { SessionStore } from './session-store.ts';

/**
 * The client's `onUnauthorized` hook: a cookie session trades its refresh cookie for a new access
 * token; API keys never refresh, so their 401 stands. The client shares one call among all 401s.
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
    } catch {
      return false;
    }
  };
}
