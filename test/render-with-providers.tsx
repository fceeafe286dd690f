import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter } from 'react-router-dom';
import { createApiClient } from '../src/api/client.ts';
import { App } from '../src/app/app.tsx';
import { appRoutes } from '../src/app/router.tsx';

export const DEV_KEY = 'ocore_k_local_dev';

interface RenderOptions {
  /** Where the app starts, e.g. "/servers/srv-1?period=6h". */
  url?: string;
  /** The running mock's origin, e.g. http://127.0.0.1:41234 (see test/mock-harness.ts). */
  apiOrigin: string;
  token?: string | null;
}

/** Renders the real routes against a real API, with a fresh QueryClient that does not retry. */
export function renderWithProviders({ url = '/', apiOrigin, token = DEV_KEY }: RenderOptions) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, gcTime: Infinity } },
  });
  const apiClient = createApiClient({
    baseUrl: `${apiOrigin}/api`,
    getCredentials: () => ({ token }),
  });
  const router = createMemoryRouter(appRoutes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} apiClient={apiClient} router={router} />);
  return { ...view, user, router, queryClient };
}
