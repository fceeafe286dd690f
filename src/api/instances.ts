import type { ApiClient } from './client.ts';
import {
  parseInstanceDetail,
  parseInstanceLatest,
  parseInstanceList,
  parseInstanceMetrics,
} from './schemas/instance-schemas.ts';
import type { Instance, InstanceMetrics, InstanceSample, Period } from '../model/types.ts';
import { isLongHistory, parseHistoryOffThread } from './worker/parse-off-thread.ts';

const instancePath = (id: string) => `/instances/${encodeURIComponent(id)}`;

/** All instances, or those of one server. */
export function getInstances(
  client: ApiClient,
  serverId?: string,
  signal?: AbortSignal,
): Promise<Instance[]> {
  const query = serverId === undefined ? undefined : { server_id: serverId };
  return client.request('/instances', parseInstanceList, { signal, query });
}

export function getInstance(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<Instance> {
  return client.request(instancePath(id), parseInstanceDetail, { signal });
}

export function getInstanceMetrics(
  client: ApiClient,
  id: string,
  period: Period,
  signal?: AbortSignal,
): Promise<InstanceMetrics> {
  return client.request(
    `${instancePath(id)}/monitoring/metrics`,
    (json) => parseInstanceMetrics(json, period),
    {
      signal,
      query: { period },
      parseBytes: isLongHistory(period)
        ? (bytes) => parseHistoryOffThread<InstanceMetrics>('instance', bytes, period)
        : undefined,
    },
  );
}

/** The newest sample; an instance without samples yet answers 404 (ApiError), the caller decides. */
export function getInstanceLatest(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<InstanceSample> {
  return client.request(`${instancePath(id)}/monitoring/metrics/latest`, parseInstanceLatest, {
    signal,
  });
}

/** Path of the live SSE stream; turn it into a URL with `client.streamUrl`. */
export function instanceStreamPath(id: string): string {
  return `${instancePath(id)}/monitoring/metrics/stream`;
}
