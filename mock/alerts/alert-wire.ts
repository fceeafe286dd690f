// Alert events as the mock sends them (API.md's assumed shape), and the faults applied to them.
import { HOSTILE_SNIPPETS, LONG_HOSTILE_TEXT } from '../faults/hostile.ts';
import type { MalformedKind } from '../faults/faults.ts';
import { alertRule } from './alert-rules.ts';
import type { AlertRecord } from './alert-engine.ts';

export interface AlertEventWire {
  id: string;
  ruleId: string;
  ruleName: string;
  severity: string;
  resourceType: string;
  resourceId: string;
  resourceName: string;
  metric: string;
  value: number;
  threshold: number;
  message: string;
  triggeredAt: string;
  resolvedAt: string | null;
  resolved: boolean;
}

const UNITS: Record<string, string> = {
  cpuUsagePercent: ' %',
  ramUsagePercent: ' %',
  diskUsagePercent: ' %',
  minutesSilent: ' min',
  minutesDown: ' min',
};

export function eventToWire(record: AlertRecord): AlertEventWire {
  const rule = alertRule(record.ruleId);
  const unit = UNITS[rule.metric] ?? '';
  return {
    id: record.id,
    ruleId: rule.id,
    ruleName: rule.name,
    severity: rule.severity,
    resourceType: record.resourceType,
    resourceId: record.resourceId,
    resourceName: record.resourceName,
    metric: rule.metric,
    value: record.value,
    threshold: rule.threshold,
    message: `${rule.name}: ${rule.metric} ${record.value}${unit} (threshold ${rule.threshold}${unit}) on ${record.resourceName}`,
    triggeredAt: new Date(record.triggeredAtMs).toISOString(),
    resolvedAt: record.resolvedAtMs === null ? null : new Date(record.resolvedAtMs).toISOString(),
    resolved: record.resolvedAtMs !== null,
  };
}

export function hostileEvent(event: AlertEventWire, index: number): AlertEventWire {
  const spoil = (text: string, salt: number) =>
    `${HOSTILE_SNIPPETS[(index + salt) % HOSTILE_SNIPPETS.length]} ${text}`;
  return {
    ...event,
    ruleName: spoil(event.ruleName, 0),
    resourceName: spoil(event.resourceName, 1),
    severity: index % 3 === 0 ? spoil(event.severity, 2) : event.severity,
    message: index === 0 ? LONG_HOSTILE_TEXT : spoil(event.message, 3),
  };
}

/** A page of events garbled the way the `malformed` fault asks (invalid-json is done on the text). */
export function malformEvents(kind: MalformedKind, events: AlertEventWire[]): unknown[] {
  switch (kind) {
    case 'wrong-types':
      return events.map((event, index) => ({
        ...event,
        id: index,
        severity: index % 2 === 0 ? 3 : null,
        triggeredAt: Date.parse(event.triggeredAt),
        resolved: event.resolved ? 'yes' : 0,
        value: String(event.value),
      }));
    case 'missing-fields':
      return events.map((event, index) => {
        const rest: Partial<AlertEventWire> = { ...event };
        delete rest.ruleName;
        delete rest.severity;
        if (index % 2 === 0) delete rest.triggeredAt;
        if (index % 3 === 0) delete rest.id;
        return rest;
      });
    case 'absurd-values':
      return events.map((event) => ({
        ...event,
        triggeredAt: '9999-99-99T99:99:99Z',
        resolvedAt: event.resolved ? 'yesterday' : null,
        value: 'NaN',
        threshold: -Infinity,
      }));
    case 'out-of-order':
      return [...events].reverse();
    case 'duplicates':
      return events.flatMap((event) => [event, { ...event }]);
    case 'invalid-json':
      return events;
  }
}
