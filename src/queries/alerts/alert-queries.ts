import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client.ts';
import {
  getAlertCount,
  getAlertEvents,
  getAlertRules,
  type AlertPageRequest,
} from '../../api/alerts/alerts.ts';
import { alertKeys } from '../query-keys.ts';

/** The count and the events page both refresh on this interval (issue: every 30 s). */
export const ALERTS_REFRESH_MS = 30_000;

export const alertCountOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: alertKeys.count(),
    queryFn: ({ signal }) => getAlertCount(client, signal),
    staleTime: 10_000,
    refetchInterval: ALERTS_REFRESH_MS,
  });

export const alertEventsOptions = (
  client: ApiClient,
  { filter, page, perPage }: AlertPageRequest,
) =>
  queryOptions({
    queryKey: alertKeys.page(filter, page, perPage),
    queryFn: ({ signal }) => getAlertEvents(client, { filter, page, perPage }, signal),
    staleTime: 10_000,
    refetchInterval: ALERTS_REFRESH_MS,
  });

/** Recent events of every kind, for markers on charts (the API cannot filter by resource). */
export const recentAlertsOptions = (client: ApiClient) =>
  alertEventsOptions(client, { filter: 'all', page: 1, perPage: 100 });

export const alertRulesOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: alertKeys.rules(),
    queryFn: ({ signal }) => getAlertRules(client, signal),
    staleTime: 5 * 60_000,
  });
