import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider, type createBrowserRouter } from 'react-router-dom';
import type { ApiClient } from '../api/client.ts';
import { ApiClientProvider } from '../queries/api-client-context.tsx';

interface AppProps {
  queryClient: QueryClient;
  apiClient: ApiClient;
  router: ReturnType<typeof createBrowserRouter>;
}

export function App({ queryClient, apiClient, router }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={apiClient}>
        <RouterProvider router={router} />
      </ApiClientProvider>
    </QueryClientProvider>
  );
}
