import { skipToken, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { InstanceMetrics, InstanceSample } from '../../model/types.ts';
import { seedBuffer } from '../../lib/series/series-buffer.ts';
import { instanceKeys } from '../query-keys.ts';

const LIVE_WINDOW = { maxLength: 200, maxAgeMs: 15 * 60_000 };

/**
 * What useInstanceStream has put in the cache: the newest sample and the 15-minute buffer,
 * with the last hour's history (when cached) filling the line before the stream has.
 */
export function useLiveSamples(instanceId: string) {
  const latest = useQuery<InstanceSample | null>({
    queryKey: instanceKeys.latest(instanceId),
    queryFn: skipToken,
  });
  const live = useQuery<InstanceSample[]>({
    queryKey: instanceKeys.live(instanceId),
    queryFn: skipToken,
  });
  const lastHour = useQuery<InstanceMetrics>({
    queryKey: instanceKeys.metrics(instanceId, '1h'),
    queryFn: skipToken,
  });
  const history = lastHour.data?.samples;
  const buffer = useMemo(
    () => seedBuffer([...(history ?? []), ...(live.data ?? [])], LIVE_WINDOW),
    [history, live.data],
  );
  return { latest: latest.data ?? null, buffer };
}
