import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../api/client.ts';
import { getInstance, getInstanceMetrics, getInstances } from '../api/instances.ts';
import type { Period } from '../model/types.ts';
import { PERIOD_SPECS } from '../model/periods.ts';
import { POLLED } from './query-client.ts';
import { instanceKeys } from './query-keys.ts';

export const instancesOptions = (client: ApiClient, serverId?: string) =>
  queryOptions({
    queryKey: instanceKeys.list(serverId),
    queryFn: ({ signal }) => getInstances(client, serverId, signal),
    ...POLLED,
  });

export const instanceOptions = (client: ApiClient, instanceId: string) =>
  queryOptions({
    queryKey: instanceKeys.detail(instanceId),
    queryFn: ({ signal }) => getInstance(client, instanceId, signal),
    ...POLLED,
  });

export const instanceMetricsOptions = (client: ApiClient, instanceId: string, period: Period) =>
  queryOptions({
    queryKey: instanceKeys.metrics(instanceId, period),
    queryFn: ({ signal }) => getInstanceMetrics(client, instanceId, period, signal),
    staleTime: PERIOD_SPECS[period].staleTimeMs,
    refetchInterval: PERIOD_SPECS[period].historyRefetchMs,
  });
