import { render } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter, createMemoryRouter } from 'react-router-dom';
import { createApiClient, type ApiClient } from '../src/api/client.ts';
import { App } from '../src/app/app.tsx';
import { appRoutes } from '../src/app/router.tsx';
import { TimeZoneContext } from '../src/components/ui/time-zone.tsx';
import type { TimeZoneMode } from '../src/lib/format.ts';
import { ApiClientProvider } from '../src/queries/api-client-context.tsx';
import { SessionProvider } from '../src/session/session-context.tsx';
import { createSessionRenewal } from '../src/session/session-renewal.ts';
import { createSessionStore, type SessionStore } from '../src/session/session-store.ts';

export const DEV_KEY = 'ocore_k_local_dev';

interface ProviderOptions {
  /** The running mock's origin, e.g. `mock.url` (mock/testing/test-mock.ts); omitted, every request
   *  fails as a network error (for components that need no API). */
  apiOrigin?: string;
  /** The runtime config's key (the fallback when nobody signs in); null for none. */
  token?: string | null;
  orgSlug?: string | null;
  /** A store to sign in or out of; by default one over the page's storage with `token` as fallback. */
  sessionStore?: SessionStore;
  /** E.g. a cookie-keeping fetch for cookie sessions (test/cookie-jar-fetch.ts). */
  fetch?: typeof fetch;
}

interface RenderOptions extends ProviderOptions {
  /** Where the app (or the component's router) starts, e.g. "/servers/srv-1?period=6h". */
  url?: string;
}

interface RenderComponentOptions extends RenderOptions {
  /** A single component to render inside the providers instead of the whole app's routes. */
  ui: ReactElement;
  /** The app-wide time zone the component sees (the app derives it from `tz=` itself). */
  timeZone?: TimeZoneMode;
}

/** A fresh QueryClient that does not retry, and an API client wired as in main.tsx. */
export function createTestProviders({
  apiOrigin = 'http://api.invalid',
  token = DEV_KEY,
  orgSlug = null,
  sessionStore = createSessionStore({ apiKey: token, orgSlug }),
  fetch,
}: ProviderOptions) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, gcTime: Infinity } },
  });
  // Credentials read per request, one shared cookie-session refresh.
  const apiClient: ApiClient = createApiClient({
    baseUrl: `${apiOrigin}/api`,
    getCredentials: sessionStore.getCredentials,
    onUnauthorized: createSessionRenewal(sessionStore, () => apiClient),
    fetch,
  });
  /** Session, query client and API client, for a single component or renderHook's `wrapper`. */
  const DataProviders = ({ children }: { children: ReactNode }) => (
    <SessionProvider store={sessionStore}>
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider client={apiClient}>{children}</ApiClientProvider>
      </QueryClientProvider>
    </SessionProvider>
  );
  return { queryClient, apiClient, sessionStore, DataProviders };
}

type Extras = ReturnType<typeof createTestProviders> & { user: UserEvent };

/** Renders the real routes at `url` against a real API; `router` tells where the app went. */
export function renderWithProviders(options: RenderOptions): ReturnType<typeof renderApp> & Extras;
/** Renders one component under the same providers, a memory router at `url` and a time zone. */
export function renderWithProviders(
  options: RenderComponentOptions,
): ReturnType<typeof render> & Extras;
export function renderWithProviders(options: RenderOptions | RenderComponentOptions) {
  const providers = createTestProviders(options);
  const user = userEvent.setup();
  const url = options.url ?? '/';
  if (!('ui' in options)) return { ...providers, ...renderApp(providers, url), user };
  const { DataProviders } = providers;
  const view = render(
    <DataProviders>
      <MemoryRouter initialEntries={[url]}>
        <TimeZoneContext.Provider value={options.timeZone ?? 'local'}>
          {options.ui}
        </TimeZoneContext.Provider>
      </MemoryRouter>
    </DataProviders>,
  );
  return { ...providers, ...view, user };
}

function renderApp(providers: ReturnType<typeof createTestProviders>, url: string) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [url] });
  const view = render(
    <SessionProvider store={providers.sessionStore}>
      <App queryClient={providers.queryClient} apiClient={providers.apiClient} router={router} />
    </SessionProvider>,
  );
  return { ...view, router };
}
