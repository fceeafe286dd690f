import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ApiClient } from '../../api/client.ts';
import { isNotFound } from '../../api/api-error.ts';
import { getServerLatest } from '../../api/servers.ts';
import { useApiClient } from '../api-client-context.tsx';
import {
  createLatestScheduler,
  type LatestCopies,
  type LatestScheduler,
} from './latest-scheduler.ts';
import { useRequestBudget } from './request-budget.tsx';

// The list's and the on-screen servers' refresh interval.
const REFRESH_INTERVAL_MS = 30_000;
/** What the screen's other polls (server list, instances, alerts; each every 30 s) may spend. */
const RESERVED_PER_MINUTE = 10;

// One scheduler per client and budget: the copies survive a kiosk rotating between fleet and wall.
const schedulers = new WeakMap<ApiClient, Map<number, LatestScheduler>>();

function schedulerFor(client: ApiClient, requestsPerMinute: number): LatestScheduler {
  const byBudget = schedulers.get(client) ?? new Map<number, LatestScheduler>();
  schedulers.set(client, byBudget);
  let scheduler = byBudget.get(requestsPerMinute);
  if (!scheduler) {
    scheduler = createLatestScheduler({
      fetchLatest: (id, signal) =>
        getServerLatest(client, id, signal).catch((error: unknown) => {
          // A server that has not reported yet: a known answer, not a failure.
          if (isNotFound(error)) return null;
          throw error;
        }),
      requestsPerMinute: Math.max(1, requestsPerMinute - RESERVED_PER_MINUTE),
      refreshMs: REFRESH_INTERVAL_MS,
    });
    byBudget.set(requestsPerMinute, scheduler);
  }
  return scheduler;
}

/**
 * Every server's newest copy within the screen's request budget: `onScreen` first and every 30 s,
 * the others in rotation. Each copy carries when it arrived, so the screen can say how old it is.
 */
export function useFleetLatest(
  serverIds: readonly string[],
  onScreen: readonly string[],
): { copies: LatestCopies; retryFailed: () => void } {
  const client = useApiClient();
  const budget = useRequestBudget();
  const scheduler = useMemo(() => schedulerFor(client, budget), [client, budget]);
  useEffect(() => scheduler.setServers(serverIds), [scheduler, serverIds]);
  useEffect(() => {
    scheduler.setPriority(onScreen);
    return () => scheduler.setPriority([]);
  }, [scheduler, onScreen]);
  const copies = useSyncExternalStore(scheduler.subscribe, scheduler.getSnapshot);
  return { copies, retryFailed: scheduler.retryFailed };
}
