import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter } from 'react-router-dom';
import { createApiClient, type ApiClient } from '../src/api/client.ts';
import { App } from '../src/app/app.tsx';
import { appRoutes } from '../src/app/router.tsx';
import { SessionProvider } from '../src/session/session-context.tsx';
import { createSessionRenewal } from '../src/session/session-renewal.ts';
import { createSessionStore, type SessionStore } from '../src/session/session-store.ts';

export const DEV_KEY = 'ocore_k_local_dev';

interface RenderOptions {
  /** Where the app starts, e.g. "/servers/srv-1?period=6h". */
  url?: string;
  /** The running mock's origin, e.g. http://127.0.0.1:41234 (see test/mock-harness.ts). */
  apiOrigin: string;
  /** The runtime config's key (the fallback when nobody signs in); null for none. */
  token?: string | null;
  orgSlug?: string | null;
  /** A store to sign in or out of; by default one over the page's storage with `token` as fallback. */
  sessionStore?: SessionStore;
  /** E.g. a cookie-keeping fetch for cookie sessions (test/cookie-jar-fetch.ts). */
  fetch?: typeof fetch;
}

/** Renders the real routes against a real API, with a fresh QueryClient that does not retry. */
export function renderWithProviders({
  url = '/',
  apiOrigin,
  token = DEV_KEY,
  orgSlug = null,
  sessionStore = createSessionStore({ apiKey: token, orgSlug }),
  fetch,
}: RenderOptions) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, gcTime: Infinity } },
  });
  // Wired as in main.tsx: credentials read per request, one shared cookie-session refresh.
  const apiClient: ApiClient = createApiClient({
    baseUrl: `${apiOrigin}/api`,
    getCredentials: sessionStore.getCredentials,
    onUnauthorized: createSessionRenewal(sessionStore, () => apiClient),
    fetch,
  });
  const router = createMemoryRouter(appRoutes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <SessionProvider store={sessionStore}>
      <App queryClient={queryClient} apiClient={apiClient} router={router} />
    </SessionProvider>,
  );
  return { ...view, user, router, queryClient, sessionStore, apiClient };
}
