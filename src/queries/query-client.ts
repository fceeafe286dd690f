import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from './retry-policy.ts';

/** Defaults for a screen that stays open for weeks: no focus storms, bounded retries, gc kept short. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
        refetchOnReconnect: true,
        refetchIntervalInBackground: true,
        gcTime: 5 * 60_000,
      },
    },
  });
}
