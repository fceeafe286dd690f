import { useQuery } from '@tanstack/react-query';
import type { AlertEvent } from '../../model/alerts.ts';
import { alertCountOptions, alertEventsOptions } from './alert-queries.ts';
import { useApiClient } from '../api-client-context.tsx';

/** Open events the wall can show (the newest ones the API pages out first). */
const WALL_PAGE = { filter: 'open', page: 1, perPage: 100 } as const;

export interface OpenAlerts {
  /** The newest open events, as last loaded (kept when a refresh fails). */
  events: AlertEvent[] | null;
  /** All open events, from the count endpoint (or the page's total). */
  total: number | null;
  updatedAt: number | null;
  failed: boolean;
}

/** The open alerts for unattended screens: both refresh every 30 s by themselves. */
export function useOpenAlerts(): OpenAlerts {
  const client = useApiClient();
  const events = useQuery(alertEventsOptions(client, WALL_PAGE));
  const count = useQuery(alertCountOptions(client));
  return {
    events: events.data?.events.filter((event) => !event.resolved) ?? null,
    total: count.data ?? events.data?.total ?? null,
    updatedAt: events.dataUpdatedAt || null,
    failed: events.isError || count.isError,
  };
}
