// The organisation's preset alert rules and how each one judges a server or instance at an instant.
import type { MockInstance, MockServer } from '../fleet/fleet-types.ts';
import { serverSampleAt } from '../series/server-series.ts';
import { MINUTE_MS } from '../fleet/units.ts';

export type Severity = 'critical' | 'warning' | 'info';

export interface AlertRule {
  id: string;
  name: string;
  resourceType: 'server' | 'instance';
  metric: string;
  threshold: number;
  /** Clears only below this, so a value hovering at the threshold does not flap. */
  clearBelow: number;
  severity: Severity;
}

/** What a rule saw: null when it cannot tell (no sample), so the alert keeps its state. */
export type Reading = { firing: boolean; value: number } | null;

export const ALERT_RULES: readonly AlertRule[] = [
  {
    id: 'rule-server-unreachable',
    name: 'Server unreachable',
    resourceType: 'server',
    metric: 'minutesSilent',
    threshold: 5,
    clearBelow: 5,
    severity: 'critical',
  },
  {
    id: 'rule-cpu-high',
    name: 'CPU above 90 %',
    resourceType: 'server',
    metric: 'cpuUsagePercent',
    threshold: 90,
    clearBelow: 88,
    severity: 'warning',
  },
  {
    id: 'rule-memory-high',
    name: 'Memory above 90 %',
    resourceType: 'server',
    metric: 'ramUsagePercent',
    threshold: 90,
    clearBelow: 88,
    severity: 'warning',
  },
  {
    id: 'rule-disk-full',
    name: 'Disk above 90 %',
    resourceType: 'server',
    metric: 'diskUsagePercent',
    threshold: 90,
    clearBelow: 88,
    severity: 'critical',
  },
  {
    id: 'rule-instance-down',
    name: 'Instance down',
    resourceType: 'instance',
    metric: 'minutesDown',
    threshold: 1,
    clearBelow: 1,
    severity: 'critical',
  },
];

const ruleById = new Map(ALERT_RULES.map((rule) => [rule.id, rule]));

export function alertRule(id: string): AlertRule {
  const rule = ruleById.get(id);
  if (!rule) throw new Error(`No alert rule ${id}`);
  return rule;
}

function judge(rule: AlertRule, value: number, wasFiring: boolean): Reading {
  return { firing: wasFiring ? value >= rule.clearBelow : value >= rule.threshold, value };
}

/** The server readings of every server rule at `t` (one sample, shared by the rules). */
export function judgeServer(
  server: MockServer,
  t: number,
  wasFiring: (ruleId: string) => boolean,
): Map<string, Reading> {
  const readings = new Map<string, Reading>();
  const last = server.behaviour.lastSampleMs;
  const silentMinutes =
    server.status === 'unreachable' && last !== null ? Math.max(0, (t - last) / MINUTE_MS) : 0;
  const unreachable = alertRule('rule-server-unreachable');
  readings.set(unreachable.id, judge(unreachable, silentMinutes, wasFiring(unreachable.id)));
  const sample = serverSampleAt(server, t);
  for (const id of ['rule-cpu-high', 'rule-memory-high', 'rule-disk-full']) {
    const rule = alertRule(id);
    const value = sample?.[rule.metric as 'cpuUsagePercent'];
    readings.set(id, value === undefined ? null : judge(rule, value, wasFiring(id)));
  }
  return readings;
}

/** Failed or errored instances are down from their last report on. */
export function judgeInstance(instance: MockInstance, t: number, wasFiring: boolean): Reading {
  const rule = alertRule('rule-instance-down');
  const status = instance.status.toLowerCase();
  if (status !== 'failed' && status !== 'error') return { firing: false, value: 0 };
  const since = instance.behaviour.lastSampleMs ?? instance.createdAtMs;
  return judge(rule, Math.max(0, (t - since) / MINUTE_MS), wasFiring);
}

/** The rules as GET /monitoring/alerts/rules lists them. */
export function rulesWire(createdAtMs: number) {
  return ALERT_RULES.map((rule) => ({
    id: rule.id,
    name: rule.name,
    resourceType: rule.resourceType,
    metric: rule.metric,
    operator: '>=',
    threshold: rule.threshold,
    severity: rule.severity,
    enabled: true,
    isPreset: true,
    createdAt: new Date(createdAtMs).toISOString(),
  }));
}
