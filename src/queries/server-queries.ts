import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../api/client.ts';
import { isNotFound } from '../api/api-error.ts';
import { getServer, getServerLatest, getServerMetrics, getServers } from '../api/servers.ts';
import type { Period, Server } from '../model/types.ts';
import type { LatestServerSamples } from '../model/fleet/fleet-rows.ts';
import { PERIOD_SPECS } from '../model/periods.ts';
import { POLLED } from './query-client.ts';
import { serverKeys } from './query-keys.ts';

export const serversOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: serverKeys.list(),
    queryFn: ({ signal }) => getServers(client, signal),
    ...POLLED,
  });

export const serverOptions = (client: ApiClient, serverId: string) =>
  queryOptions({
    queryKey: serverKeys.detail(serverId),
    queryFn: ({ signal }) => getServer(client, serverId, signal),
    ...POLLED,
  });

const NO_REPORT_YET: LatestServerSamples = { sample: null, previous: null };

export const serverLatestOptions = (apiClient: ApiClient, serverId: string) =>
  queryOptions({
    queryKey: serverKeys.latest(serverId),
    // Latest alone: the rate a first pair would give is already in the history the page charts.
    queryFn: async ({ signal, client, queryKey }): Promise<LatestServerSamples> => {
      // A server that has never reported has no latest sample: asking only logs a 404.
      if ((await lastSeenAt(client, apiClient, serverId)) === null) return NO_REPORT_YET;
      const cached = client.getQueryData<LatestServerSamples>(queryKey);
      try {
        const sample = await getServerLatest(apiClient, serverId, signal);
        const before = cached?.sample;
        const isNewer = before && sample.collectedAt > before.collectedAt;
        return { sample, previous: isNewer ? before : (cached?.previous ?? null) };
      } catch (error) {
        if (isNotFound(error)) return NO_REPORT_YET;
        throw error;
      }
    },
    ...POLLED,
  });

/** From the cached list, else the server itself (shared with the page's own request); undefined if unknown. */
async function lastSeenAt(
  client: QueryClient,
  apiClient: ApiClient,
  serverId: string,
): Promise<number | null | undefined> {
  const listed = client.getQueryData<Server[]>(serverKeys.list());
  const server =
    listed?.find((candidate) => candidate.id === serverId) ??
    (await client.ensureQueryData(serverOptions(apiClient, serverId)).catch(() => undefined));
  return server?.lastSeenAt;
}

export const serverMetricsOptions = (client: ApiClient, serverId: string, period: Period) =>
  queryOptions({
    queryKey: serverKeys.metrics(serverId, period),
    queryFn: ({ signal }) => getServerMetrics(client, serverId, period, signal),
    staleTime: PERIOD_SPECS[period].staleTimeMs,
    refetchInterval: PERIOD_SPECS[period].historyRefetchMs,
  });
