import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { alertMarkers, type AlertMarker } from '../../lib/chart/alert-markers.ts';
import { recentAlertsOptions } from './alert-queries.ts';
import { useApiClient } from '../api-client-context.tsx';

const NONE: AlertMarker[] = [];

/** Chart markers for the recent alerts naming this server or instance (none while unknown). */
export function useAlertMarkers(
  type: 'server' | 'instance',
  id: string,
  window: readonly [number, number],
): AlertMarker[] {
  const client = useApiClient();
  const { data } = useQuery(recentAlertsOptions(client));
  const [from, to] = window;
  return useMemo(
    () => (data ? alertMarkers(data.events, { type, id }, [from, to]) : NONE),
    [data, type, id, from, to],
  );
}
