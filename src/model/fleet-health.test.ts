import { describe, expect, it } from 'vitest';
import type { Instance } from './types.ts';
import type { ServerHealth } from './server-health.ts';
import {
  byWorstFirst,
  categoryCounts,
  healthCategory,
  instanceProblemCounts,
} from './fleet-health.ts';

const health = (rank: number, extra: Partial<ServerHealth> = {}) =>
  ({ rank, tone: rank === 3 ? 'ok' : 'critical', isUnreachable: false, ...extra }) as ServerHealth;

describe('healthCategory', () => {
  it('names each rank the way the wall says it', () => {
    expect(healthCategory(health(0))).toBe('critical');
    expect(healthCategory(health(1))).toBe('warning');
    expect(healthCategory(health(2, { isUnreachable: true }))).toBe('unreachable');
    expect(healthCategory(health(2))).toBe('stale');
    expect(healthCategory(health(3))).toBe('healthy');
    expect(healthCategory(health(3, { tone: 'unknown' }))).toBe('no data');
    expect(healthCategory(health(4))).toBe('no data');
  });
});

describe('categoryCounts', () => {
  it('counts worst first and leaves zeros out', () => {
    expect(
      categoryCounts([health(3), health(0), health(3), health(2, { isUnreachable: true })]),
    ).toEqual([
      { label: 'critical', count: 1, tone: 'critical' },
      { label: 'unreachable', count: 1, tone: 'critical' },
      { label: 'healthy', count: 2, tone: 'ok' },
    ]);
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
  it('sorts by rank, then name', () => {
    const rows = [
      { name: 'b', health: health(3) },
      { name: 'c', health: health(0) },
      { name: 'a', health: health(3) },
    ];
    expect(rows.sort(byWorstFirst).map((row) => row.name)).toEqual(['c', 'a', 'b']);
  });
});
