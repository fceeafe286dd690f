import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider, type createBrowserRouter } from 'react-router-dom';
import type { ApiClient } from '../api/client.ts';
import { ApiClientProvider } from '../queries/api-client-context.tsx';
import { RequestBudgetProvider } from '../queries/fleet-latest/request-budget.tsx';

interface AppProps {
  queryClient: QueryClient;
  apiClient: ApiClient;
  router: ReturnType<typeof createBrowserRouter>;
  /** Each screen's API budget from config.json; the default when absent. */
  requestsPerMinute?: number;
}

export function App({ queryClient, apiClient, router, requestsPerMinute }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={apiClient}>
        <RequestBudgetProvider requestsPerMinute={requestsPerMinute}>
          <RouterProvider router={router} />
        </RequestBudgetProvider>
      </ApiClientProvider>
    </QueryClientProvider>
  );
}
