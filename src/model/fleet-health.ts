// The wall's words for the fleet: each server in one health category, counted for the summary line
// and for the "+ 986 more" slot.
import type { Instance } from './types.ts';
import type { ServerHealth } from './server-health.ts';
import { instanceStatusTone, type Tone } from './status-tone.ts';

export type HealthCategory =
  'critical' | 'warning' | 'unreachable' | 'stale' | 'no data' | 'healthy';

export const CATEGORY_TONES: Record<HealthCategory, Tone> = {
  critical: 'critical',
  warning: 'warning',
  unreachable: 'critical',
  stale: 'warning',
  'no data': 'unknown',
  healthy: 'ok',
};

const CATEGORY_ORDER: readonly HealthCategory[] = [
  'critical',
  'warning',
  'unreachable',
  'stale',
  'no data',
  'healthy',
];

export function healthCategory(health: ServerHealth): HealthCategory {
  if (health.rank === 0) return 'critical';
  if (health.rank === 1) return 'warning';
  if (health.rank === 2) return health.isUnreachable ? 'unreachable' : 'stale';
  return health.rank === 3 && health.tone === 'ok' ? 'healthy' : 'no data';
}

export interface CountPart {
  label: string;
  count: number;
  tone: Tone;
}

/** Servers per category, worst first, zero counts left out. */
export function categoryCounts(healths: readonly ServerHealth[]): CountPart[] {
  const counts = new Map<HealthCategory, number>();
  for (const health of healths) {
    const category = healthCategory(health);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return CATEGORY_ORDER.filter((category) => counts.has(category)).map((category) => ({
    label: category,
    count: counts.get(category) ?? 0,
    tone: CATEGORY_TONES[category],
  }));
}

/** Instances whose status needs a look (anything but running), worst first. */
export function instanceProblemCounts(instances: readonly Instance[]): CountPart[] {
  const counts = new Map<string, number>();
  for (const instance of instances) {
    const status = instance.status || 'unknown';
    if (instanceStatusTone(status) !== 'ok') counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const order: Record<Tone, number> = { critical: 0, warning: 1, unknown: 2, ok: 3 };
  return [...counts]
    .map(([label, count]) => ({ label, count, tone: instanceStatusTone(label) }))
    .sort((a, b) => order[a.tone] - order[b.tone] || a.label.localeCompare(b.label));
}

/** Worst first (server-health's rank), then by name, so equal servers keep their places. */
export function byWorstFirst<T extends { health: ServerHealth; name: string }>(a: T, b: T): number {
  return a.health.rank - b.health.rank || a.name.localeCompare(b.name);
}
