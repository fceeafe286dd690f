import type { ApiClient } from '../client.ts';
import type { AlertEventsPage, AlertFilter, AlertRuleSummary } from '../../model/alerts.ts';
import { parseAlertCount, parseAlertEventsPage, parseAlertRules } from './alert-schemas.ts';

const BASE = '/monitoring/alerts';

/** Unresolved alert events. */
export function getAlertCount(client: ApiClient, signal?: AbortSignal): Promise<number> {
  return client.request(`${BASE}/count`, parseAlertCount, { signal });
}

export interface AlertPageRequest {
  filter: AlertFilter;
  page: number;
  perPage: number;
}

export function getAlertEvents(
  client: ApiClient,
  { filter, page, perPage }: AlertPageRequest,
  signal?: AbortSignal,
): Promise<AlertEventsPage> {
  const query: Record<string, string> = { page: String(page), per_page: String(perPage) };
  // `resolved` omitted means both.
  if (filter !== 'all') query.resolved = filter === 'resolved' ? 'true' : 'false';
  return client.request(`${BASE}/events`, (json) => parseAlertEventsPage(json, { page, perPage }), {
    signal,
    query,
  });
}

const message = (json: unknown) =>
  typeof json === 'object' && json !== null && 'message' in json ? String(json.message) : '';

export function resolveAlert(client: ApiClient, eventId: string): Promise<string> {
  return client.request(`${BASE}/events/${encodeURIComponent(eventId)}/resolve`, message, {
    method: 'PATCH',
  });
}

export function resolveAllAlerts(client: ApiClient): Promise<string> {
  return client.request(`${BASE}/events/resolve-all`, message, { method: 'POST' });
}

export function getAlertRules(
  client: ApiClient,
  signal?: AbortSignal,
): Promise<AlertRuleSummary[]> {
  return client.request(`${BASE}/rules`, parseAlertRules, { signal });
}
