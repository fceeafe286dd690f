import { describe, expect, it } from 'vitest';
import type { Server, ServerSample } from '../types.ts';
import { serverHealth } from './server-health.ts';

const NOW = Date.UTC(2026, 0, 1, 12);
const server = (extra: Partial<Server> = {}) =>
  ({ id: 's', name: 's', status: 'active', cpuCores: 4, lastSeenAt: NOW, ...extra }) as Server;
const sample = (extra: Partial<ServerSample> = {}) =>
  ({
    collectedAt: NOW,
    cpuUsagePercent: 10,
    ramUsagePercent: 10,
    diskUsagePercent: 10,
    cpuLoad1m: 0.5,
    ...extra,
  }) as ServerSample;

describe('serverHealth category', () => {
  it('names the worst metric, then reachability and age, then what is missing', () => {
    const category = (s: Server, latest: ServerSample | null) =>
      serverHealth(s, latest, NOW).category;
    expect(category(server(), sample({ diskUsagePercent: 95 }))).toBe('critical');
    expect(category(server(), sample({ cpuUsagePercent: 85 }))).toBe('warning');
    expect(category(server({ status: 'unreachable' }), sample())).toBe('unreachable');
    const tenMinutesAgo = NOW - 10 * 60_000;
    expect(
      category(server({ lastSeenAt: tenMinutesAgo }), sample({ collectedAt: tenMinutesAgo })),
    ).toBe('stale');
    expect(category(server(), sample())).toBe('ok');
    expect(category(server(), null)).toBe('no metrics');
    expect(
      category(
        server(),
        sample({ cpuUsagePercent: null, ramUsagePercent: null, diskUsagePercent: null }),
      ),
    ).toBe('no metrics');
    expect(category(server({ lastSeenAt: null }), null)).toBe('never reported');
    expect(category(server({ lastSeenAt: null, status: 'unreachable' }), null)).toBe(
      'never reported',
    );
  });

  it('says unreachable before stale, and stale before a critical number', () => {
    const old = sample({ collectedAt: NOW - 10 * 60_000, diskUsagePercent: 95 });
    const silent = server({ lastSeenAt: NOW - 10 * 60_000 });
    expect(serverHealth({ ...silent, status: 'unreachable' }, old, NOW).category).toBe(
      'unreachable',
    );
    expect(serverHealth(silent, old, NOW).category).toBe('stale');
  });

  it('is not stale while the list says it reports, however old the copy of its numbers', () => {
    // A wall refreshes off-screen servers in rotation; the 30 s list still knows they report.
    const oldCopy = sample({ collectedAt: NOW - 5 * 60_000, diskUsagePercent: 95 });
    expect(serverHealth(server({ lastSeenAt: NOW - 20_000 }), oldCopy, NOW).category).toBe(
      'critical',
    );
  });
});
