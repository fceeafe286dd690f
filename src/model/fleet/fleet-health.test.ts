import { describe, expect, it } from 'vitest';
import type { Instance, Server } from '../types.ts';
import type { HealthCategory, ServerHealth } from './server-health.ts';
import {
  byWorstFirst,
  categoryCounts,
  fleetSummaryText,
  HEALTH_CATEGORIES,
  instanceProblemCounts,
} from './fleet-health.ts';

const health = (category: HealthCategory) => ({ category }) as ServerHealth;

describe('HEALTH_CATEGORIES', () => {
  it('names each category the way the wall says it', () => {
    const label = (category: HealthCategory) => HEALTH_CATEGORIES[category].label;
    expect(label('critical')).toBe('critical');
    expect(label('warning')).toBe('warning');
    expect(label('unreachable')).toBe('unreachable');
    expect(label('stale')).toBe('stale');
    expect(label('ok')).toBe('healthy');
    expect(label('no metrics')).toBe('no data');
    expect(label('never reported')).toBe('no data');
  });
});

describe('categoryCounts', () => {
  it('counts worst first and leaves zeros out', () => {
    expect(
      categoryCounts([health('ok'), health('critical'), health('ok'), health('unreachable')]),
    ).toEqual([
      { label: 'critical', count: 1, tone: 'critical' },
      { label: 'unreachable', count: 1, tone: 'critical' },
      { label: 'healthy', count: 2, tone: 'ok' },
    ]);
  });

  it('counts servers without numbers and servers never heard from as one "no data"', () => {
    expect(categoryCounts([health('ok'), health('never reported'), health('no metrics')])).toEqual([
      { label: 'no data', count: 2, tone: 'unknown' },
      { label: 'healthy', count: 1, tone: 'ok' },
    ]);
  });
});

describe('fleetSummaryText', () => {
  it('counts critical, warning, and unreachable with stale together', () => {
    const healths = ['critical', 'stale', 'unreachable', 'ok', 'warning'].map((category) =>
      health(category as HealthCategory),
    );
    expect(fleetSummaryText(healths, 36)).toBe(
      '5 servers · 1 critical · 1 warning · 2 unreachable or stale · 36 instances',
    );
    expect(fleetSummaryText([], null)).toBe(
      '0 servers · 0 critical · 0 warning · 0 unreachable or stale',
    );
  });
});

describe('instanceProblemCounts', () => {
  it('counts everything but running, worst first', () => {
    const instances = ['running', 'failed', 'stopped', 'failed', 'restarting', 'RUNNING'].map(
      (status) => ({ status }) as Instance,
    );
    expect(instanceProblemCounts(instances)).toEqual([
      { label: 'failed', count: 2, tone: 'critical' },
      { label: 'restarting', count: 1, tone: 'warning' },
      { label: 'stopped', count: 1, tone: 'unknown' },
    ]);
  });
});

describe('byWorstFirst', () => {
  const row = (name: string, category: HealthCategory) => ({
    server: { id: `id-${name}`, name } as Server,
    health: health(category),
  });
  const names = (rows: ReturnType<typeof row>[]) =>
    rows.sort(byWorstFirst).map((entry) => entry.server.name);

  it('sorts by category, then name', () => {
    expect(names([row('b', 'ok'), row('c', 'critical'), row('a', 'ok')])).toEqual(['c', 'a', 'b']);
  });

  it('puts unreachable with stale, no metrics with ok, and never reported last', () => {
    expect(
      names([
        row('f', 'never reported'),
        row('e', 'ok'),
        row('d', 'no metrics'),
        row('c', 'stale'),
        row('b', 'unreachable'),
        row('a', 'warning'),
      ]),
    ).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
