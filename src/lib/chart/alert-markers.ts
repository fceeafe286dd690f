import type { AlertEvent } from '../../model/alerts.ts';

/** A vertical marker on a time chart (the reboot markers' shape, plus hover/focus text). */
export interface AlertMarker {
  x: number;
  label: string;
  /** Shown on hover and keyboard focus. */
  title: string;
  color: string;
}

const COLORS = { critical: 'var(--critical)', warning: 'var(--warning)' } as const;

/** Markers for the alerts that name this server or instance, at their time, inside the window. */
export function alertMarkers(
  events: readonly AlertEvent[],
  resource: { type: 'server' | 'instance'; id: string },
  window: readonly [number, number],
): AlertMarker[] {
  return events.flatMap((event) => {
    const at = event.triggeredAt;
    if (at === null || at < window[0] || at > window[1]) return [];
    if (event.resourceId !== resource.id) return [];
    if (event.resourceType !== null && event.resourceType !== resource.type) return [];
    const color =
      event.severity === 'critical' || event.severity === 'warning'
        ? COLORS[event.severity]
        : 'var(--unknown)';
    const state = event.resolved ? 'resolved' : 'open';
    return [{ x: at, label: 'Alert', title: `Alert: ${event.title} (${state})`, color }];
  });
}
