import { isForbidden } from '../api/api-error.ts';
import { createApiClient, type ApiClient } from '../api/client.ts';
import { getServers } from '../api/servers.ts';

/**
 * Tries a pasted key with `GET /servers` on a one-off client, so the key is only kept once the API
 * has accepted it. A 403 still proves the key: it is authentic, just without `view:servers`.
 * Throws the ApiError otherwise (401: the key was rejected).
 */
export async function checkApiKey(
  client: Pick<ApiClient, 'baseUrl'>,
  apiKey: string,
  orgSlug: string | null,
  signal?: AbortSignal,
): Promise<void> {
  const trial = createApiClient({
    baseUrl: client.baseUrl,
    getCredentials: () => ({ token: apiKey, orgSlug }),
  });
  try {
    await getServers(trial, signal);
  } catch (error) {
    if (!isForbidden(error)) throw error;
  }
}
