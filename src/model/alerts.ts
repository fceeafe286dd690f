// oCore alert events as the dashboard works with them. The wire object is undocumented (API.md),
// so every field here may be missing; what the parser could not place is kept as details.
import type { CountPart } from './fleet/fleet-health.ts';
import type { Tone } from './fleet/status-tone.ts';

export type AlertSeverity = 'critical' | 'warning' | 'info' | 'unknown';

export interface AlertEvent {
  /** null when the API sent none: such an event is shown but cannot be resolved. */
  id: string | null;
  title: string;
  severity: AlertSeverity;
  /** The API's own word for the severity ('' when none was sent). */
  severityText: string;
  resourceType: 'server' | 'instance' | null;
  resourceId: string | null;
  resourceName: string;
  message: string;
  triggeredAt: number | null;
  resolvedAt: number | null;
  resolved: boolean;
  /** Every other field, by its wire name, as display text. */
  details: ReadonlyArray<readonly [name: string, text: string]>;
}

export interface AlertEventsPage {
  events: AlertEvent[];
  page: number;
  perPage: number;
  /** Events matching the filter over all pages; null when the API did not say. */
  total: number | null;
}

export interface AlertRuleSummary {
  id: string | null;
  name: string;
  severity: string;
}

export const ALERT_FILTERS = ['open', 'resolved', 'all'] as const;
export type AlertFilter = (typeof ALERT_FILTERS)[number];

const SEVERITY_TONES: Record<AlertSeverity, Tone> = {
  critical: 'critical',
  warning: 'warning',
  info: 'unknown',
  unknown: 'unknown',
};
const SEVERITY_RANK: Record<AlertSeverity, number> = {
  critical: 0,
  warning: 1,
  info: 2,
  unknown: 3,
};
const SEVERITY_WORDS: Record<string, AlertSeverity> = {
  critical: 'critical',
  crit: 'critical',
  fatal: 'critical',
  emergency: 'critical',
  high: 'critical',
  error: 'critical',
  p1: 'critical',
  warning: 'warning',
  warn: 'warning',
  medium: 'warning',
  major: 'warning',
  p2: 'warning',
  info: 'info',
  information: 'info',
  notice: 'info',
  low: 'info',
  minor: 'info',
  p3: 'info',
};

/** The API's severity word read case-insensitively; anything unfamiliar is 'unknown'. */
export function alertSeverity(text: string): AlertSeverity {
  return SEVERITY_WORDS[text.trim().toLowerCase()] ?? 'unknown';
}

export function severityTone(severity: AlertSeverity): Tone {
  return SEVERITY_TONES[severity];
}

/** "Critical", or the API's own word when it is not one the dashboard knows. */
export function severityLabel(event: Pick<AlertEvent, 'severity' | 'severityText'>): string {
  if (event.severity !== 'unknown') {
    return event.severity.charAt(0).toUpperCase() + event.severity.slice(1);
  }
  const text = event.severityText.trim();
  return text === '' ? 'No severity' : text;
}

/** Open first, then worst severity, then newest; events without a time last. */
export function byAlertPriority(a: AlertEvent, b: AlertEvent): number {
  return (
    Number(a.resolved) - Number(b.resolved) ||
    (b.triggeredAt ?? -Infinity) - (a.triggeredAt ?? -Infinity) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]
  );
}

/** Open events per severity, worst first, zero counts left out: "2 critical · 1 warning". */
export function openAlertCounts(events: readonly AlertEvent[]): CountPart[] {
  const counts = new Map<AlertSeverity, number>();
  for (const event of events) {
    if (!event.resolved) counts.set(event.severity, (counts.get(event.severity) ?? 0) + 1);
  }
  return (Object.keys(SEVERITY_RANK) as AlertSeverity[])
    .filter((severity) => counts.has(severity))
    .map((severity) => ({
      label: severity === 'unknown' ? 'other' : severity,
      count: counts.get(severity) ?? 0,
      tone: SEVERITY_TONES[severity],
    }));
}
