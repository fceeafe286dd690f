// The fleet's words for its servers: each server's health category, how the fleet table and the
// wall say it, count it and order it.
import type { Instance, Server } from '../types.ts';
import type { HealthCategory, ServerHealth } from './server-health.ts';
import { instanceStatusTone, TONE_ORDER, type Tone } from './status-tone.ts';

interface CategoryRule {
  /** The word on screen; "no metrics" and "never reported" both read "no data". */
  label: string;
  tone: Tone;
  /** Worst first. Ties keep servers in name order: a row must not jump when its sample lands. */
  sortGroup: number;
}

export const HEALTH_CATEGORIES: Record<HealthCategory, CategoryRule> = {
  critical: { label: 'critical', tone: 'critical', sortGroup: 0 },
  warning: { label: 'warning', tone: 'warning', sortGroup: 1 },
  unreachable: { label: 'unreachable', tone: 'critical', sortGroup: 2 },
  stale: { label: 'stale', tone: 'warning', sortGroup: 2 },
  ok: { label: 'healthy', tone: 'ok', sortGroup: 3 },
  'no metrics': { label: 'no data', tone: 'unknown', sortGroup: 3 },
  'never reported': { label: 'no data', tone: 'unknown', sortGroup: 4 },
};

/** The order of the summary line: anything that needs a look before the healthy count. */
const SUMMARY_ORDER: readonly HealthCategory[] = [
  'critical',
  'warning',
  'unreachable',
  'stale',
  'no metrics',
  'never reported',
  'ok',
];

export interface CountPart {
  label: string;
  count: number;
  tone: Tone;
}

/** How many servers fall in each category. */
export function countCategories(healths: readonly ServerHealth[]): Record<HealthCategory, number> {
  const counts = Object.fromEntries(SUMMARY_ORDER.map((category) => [category, 0])) as Record<
    HealthCategory,
    number
  >;
  for (const health of healths) counts[health.category] += 1;
  return counts;
}

/** Servers per category label, worst first, zero counts left out. */
export function categoryCounts(healths: readonly ServerHealth[]): CountPart[] {
  const counts = countCategories(healths);
  const parts = new Map<string, CountPart>();
  for (const category of SUMMARY_ORDER) {
    if (counts[category] === 0) continue;
    const { label, tone } = HEALTH_CATEGORIES[category];
    const part = parts.get(label) ?? { label, count: 0, tone };
    part.count += counts[category];
    parts.set(label, part);
  }
  return [...parts.values()];
}

/** "14 servers · 2 critical · 1 warning · 3 unreachable or stale · 36 instances". */
export function fleetSummaryText(
  healths: readonly ServerHealth[],
  instanceCount: number | null,
): string {
  const counts = countCategories(healths);
  const parts = [
    `${healths.length} servers`,
    `${counts.critical} critical`,
    `${counts.warning} warning`,
    `${counts.unreachable + counts.stale} unreachable or stale`,
  ];
  if (instanceCount !== null) parts.push(`${instanceCount} instances`);
  return parts.join(' · ');
}

/** Instances whose status needs a look (anything but running), worst first. */
export function instanceProblemCounts(instances: readonly Instance[]): CountPart[] {
  const counts = new Map<string, number>();
  for (const instance of instances) {
    const status = instance.status || 'unknown';
    if (instanceStatusTone(status) !== 'ok') counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return [...counts]
    .map(([label, count]) => ({ label, count, tone: instanceStatusTone(label) }))
    .sort((a, b) => TONE_ORDER[a.tone] - TONE_ORDER[b.tone] || a.label.localeCompare(b.label));
}

/** The name an operator sees: the id stands in for a server without one. */
export function serverDisplayName(server: Server): string {
  return server.name || server.id;
}

type Judged = { server: Server; health: ServerHealth };

export function byServerName(a: { server: Server }, b: { server: Server }): number {
  return serverDisplayName(a.server).localeCompare(serverDisplayName(b.server));
}

/** Worst category first, then by name, so equal servers keep their places. */
export function byWorstFirst(a: Judged, b: Judged): number {
  const groupA = HEALTH_CATEGORIES[a.health.category].sortGroup;
  const groupB = HEALTH_CATEGORIES[b.health.category].sortGroup;
  return groupA - groupB || byServerName(a, b);
}
