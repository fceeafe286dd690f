import type { ApiClient } from './client.ts';
import {
  parseServerDetail,
  parseServerLatest,
  parseServerList,
  parseServerMetrics,
} from './schemas/server-schemas.ts';
import type { Period, Server, ServerMetrics, ServerSample } from '../model/types.ts';
import { isLongHistory, parseHistoryOffThread } from './worker/parse-off-thread.ts';

const serverPath = (id: string) => `/servers/${encodeURIComponent(id)}`;

export function getServers(client: ApiClient, signal?: AbortSignal): Promise<Server[]> {
  return client.request('/servers', parseServerList, { signal });
}

export function getServer(client: ApiClient, id: string, signal?: AbortSignal): Promise<Server> {
  return client.request(serverPath(id), parseServerDetail, { signal });
}

export function getServerMetrics(
  client: ApiClient,
  id: string,
  period: Period,
  signal?: AbortSignal,
): Promise<ServerMetrics> {
  return client.request(`${serverPath(id)}/metrics`, (json) => parseServerMetrics(json, period), {
    signal,
    query: { period },
    parseBytes: isLongHistory(period)
      ? (bytes) => parseHistoryOffThread<ServerMetrics>('server', bytes, period)
      : undefined,
  });
}

/** The newest sample; a server without samples yet answers 404 (ApiError), the caller decides. */
export function getServerLatest(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<ServerSample> {
  return client.request(`${serverPath(id)}/metrics/latest`, parseServerLatest, { signal });
}
