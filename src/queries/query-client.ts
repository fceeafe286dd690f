import { QueryClient } from '@tanstack/react-query';
import { REFRESH_INTERVAL_MS } from '../model/freshness.ts';
import { retryDelay, shouldRetry } from './retry-policy.ts';

/** Lists and latest samples: refetched on the shared interval, reused within 20 s by a new page. */
export const POLLED = { staleTime: 20_000, refetchInterval: REFRESH_INTERVAL_MS } as const;

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
        // Keep asking even when navigator.onLine says offline (it can be wrong on kiosk machines):
        // a failure is reported, and so shown, where a paused query would just sit silent.
        networkMode: 'always',
        gcTime: 5 * 60_000,
      },
    },
  });
}
