import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState } from 'react';
import type { ApiClient, ApiCredentials } from '../../api/client.ts';
import { getInstanceLatest, instanceStreamPath } from '../../api/instances.ts';
import type { InstanceSample } from '../../model/types.ts';
import { INSTANCE_STREAM_INTERVAL_MS } from '../../model/freshness.ts';
import { appendCapped } from '../../lib/series/series-buffer.ts';
import { createMetricStream } from '../stream/metric-stream.ts';
import { INITIAL_STREAM_STATE, type MetricStreamState } from '../../model/stream-state.ts';
import { instanceKeys } from '../query-keys.ts';

export interface InstanceStreamOptions {
  client: ApiClient;
  /** The credentials to send; defaults to the client's own. */
  getCredentials?: () => ApiCredentials;
  /** Renews the session after a 401; defaults to the client's shared renewal. */
  refreshAuth?: () => Promise<boolean>;
}

export type InstanceStreamView = Pick<
  MetricStreamState,
  'status' | 'retryAt' | 'lastEventAt' | 'message' | 'malformedCount'
>;

// Polling at the stream's own pace keeps the screen as fresh while the stream is down.
const POLL_INTERVAL_MS = INSTANCE_STREAM_INTERVAL_MS;
/** 15 minutes of 10 s samples is 90; the cap leaves room for a faster server. */
const LIVE_LIMITS = { maxLength: 200, maxAgeMs: 15 * 60_000 };

/**
 * Streams one instance's live samples into the query cache (`instanceKeys.latest` and the
 * 15-minute `instanceKeys.live` buffer) and reports the connection. Call it once per instance page
 * and pass the result down, so every widget shares one connection. While the stream is down it
 * polls the latest sample instead; after a reconnect it refetches the history to fill the gap.
 */
export function useInstanceStream(
  instanceId: string,
  { client, getCredentials, refreshAuth }: InstanceStreamOptions,
): InstanceStreamView {
  const queryClient = useQueryClient();
  // Tagged with its instance so a new page never shows the previous instance's connection.
  const [snapshot, setSnapshot] = useState<{ instanceId: string; state: MetricStreamState }>();
  const state = snapshot?.instanceId === instanceId ? snapshot.state : INITIAL_STREAM_STATE;
  // Callers pass inline functions; a new function must not cost a reconnect.
  const readCredentials = useEffectEvent(() => (getCredentials ?? client.credentials)());
  const renewSession = useEffectEvent(() => (refreshAuth ?? client.renewSession)());

  useEffect(() => {
    const stream = createMetricStream({
      url: client.streamUrl(instanceStreamPath(instanceId)),
      getCredentials: readCredentials,
      refreshAuth: renewSession,
      expectedIntervalMs: INSTANCE_STREAM_INTERVAL_MS,
      onSample: (sample) => storeSample(queryClient, instanceId, sample),
      onReconnected: () =>
        void queryClient.invalidateQueries({
          // Every period of the history, but not the live buffer the stream keeps filling.
          queryKey: [...instanceKeys.detail(instanceId), 'metrics'],
        }),
    });
    const unsubscribe = stream.subscribe((next) => setSnapshot({ instanceId, state: next }));
    stream.start();
    return () => {
      unsubscribe();
      stream.stop();
    };
  }, [client, instanceId, queryClient]);

  const polling =
    state.status !== 'live' && state.status !== 'signed-out' && state.status !== 'stopped';
  const { data: polled } = useQuery({
    ...latestPollOptions(client, instanceId),
    enabled: polling,
    refetchInterval: polling ? POLL_INTERVAL_MS : false,
    refetchIntervalInBackground: true,
  });
  useEffect(() => {
    if (polled) storeSample(queryClient, instanceId, polled);
  }, [polled, queryClient, instanceId]);

  const { status, retryAt, lastEventAt, message, malformedCount } = state;
  return { status, retryAt, lastEventAt, message, malformedCount };
}

// Its own key below `latest`: a poll answered after a newer streamed sample must not step `latest`
// back in time, so its result goes through the same newer-only path as streamed samples.
const latestPollOptions = (client: ApiClient, instanceId: string) =>
  queryOptions({
    queryKey: [...instanceKeys.latest(instanceId), 'poll'],
    queryFn: ({ signal }) => getInstanceLatest(client, instanceId, signal),
  });

function storeSample(queryClient: QueryClient, instanceId: string, sample: InstanceSample) {
  const latest = queryClient.getQueryData<InstanceSample | null>(instanceKeys.latest(instanceId));
  // A late, out-of-order event must not replace a newer reading.
  if (!latest || sample.collectedAt > latest.collectedAt) {
    queryClient.setQueryData(instanceKeys.latest(instanceId), sample);
  }
  appendLive(queryClient, instanceId, sample);
}

function appendLive(queryClient: QueryClient, instanceId: string, sample: InstanceSample) {
  queryClient.setQueryData<InstanceSample[]>(instanceKeys.live(instanceId), (buffer = []) =>
    appendCapped(buffer, sample, LIVE_LIMITS),
  );
}
