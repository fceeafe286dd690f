import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ApiClient } from '../../api/client.ts';
import { isNotFound } from '../../api/api-error.ts';
import { getServerLatest } from '../../api/servers.ts';
import type { Server } from '../../model/types.ts';
import { REFRESH_INTERVAL_MS } from '../../model/freshness.ts';
import { useApiClient } from '../api-client-context.tsx';
import {
  createLatestScheduler,
  type LatestCopies,
  type LatestScheduler,
} from './latest-scheduler.ts';
import { useRequestBudget } from './request-budget.tsx';

/** What the screen's other polls (server list, instances, alerts; each every 30 s) may spend. */
const RESERVED_PER_MINUTE = 10;

const latestShare = (budget: number) => Math.max(1, budget - RESERVED_PER_MINUTE);

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
      requestsPerMinute: latestShare(requestsPerMinute),
      refreshMs: REFRESH_INTERVAL_MS,
    });
    byBudget.set(requestsPerMinute, scheduler);
  }
  return scheduler;
}

export interface FleetLatest {
  copies: LatestCopies;
  retryFailed: () => void;
  /** What the screen's latest polling may spend per minute. */
  requestsPerMinute: number;
  scheduler: LatestScheduler;
}

/**
 * Every server's newest copy within the screen's request budget. Each copy carries when it
 * arrived, so the screen can say how old it is. Say which servers, in which order, with
 * `useLatestOrder`.
 */
export function useFleetLatest(): FleetLatest {
  const client = useApiClient();
  const budget = useRequestBudget();
  const scheduler = useMemo(() => schedulerFor(client, budget), [client, budget]);
  const copies = useSyncExternalStore(scheduler.subscribe, scheduler.getSnapshot);
  return {
    copies,
    retryFailed: scheduler.retryFailed,
    requestsPerMinute: latestShare(budget),
    scheduler,
  };
}

/**
 * The fleet worst first (gaps fill in this order), and those on screen: kept within 30 s. A server
 * that has never reported has no latest sample, so it is never asked (a 404 only fills the console).
 */
export function useLatestOrder(
  { scheduler }: FleetLatest,
  orderedIds: readonly string[],
  onScreen: readonly string[],
  servers: readonly Pick<Server, 'id' | 'lastSeenAt'>[],
) {
  const neverReported = useMemo(
    () => new Set(servers.filter((server) => server.lastSeenAt === null).map(({ id }) => id)),
    [servers],
  );
  const asked = useMemo(
    () => orderedIds.filter((id) => !neverReported.has(id)),
    [orderedIds, neverReported],
  );
  const askedFirst = useMemo(
    () => onScreen.filter((id) => !neverReported.has(id)),
    [onScreen, neverReported],
  );
  useEffect(() => scheduler.setServers(asked), [scheduler, asked]);
  useEffect(() => {
    scheduler.setPriority(askedFirst);
    return () => scheduler.setPriority([]);
  }, [scheduler, askedFirst]);
}
