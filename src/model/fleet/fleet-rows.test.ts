import { describe, expect, it } from 'vitest';
import type { Server, ServerSample } from '../types.ts';
import { createHealthRows, filterAndSortRows, type LatestServerSamples } from './fleet-rows.ts';

const NOW = Date.UTC(2026, 0, 1, 12);
const server = (id: string, extra: Partial<Server> = {}) =>
  ({
    id,
    name: id,
    cpuCores: 4,
    host: `${id}.example`,
    status: 'active',
    lastSeenAt: NOW,
    ...extra,
  }) as Server;
const latest = (cpuUsagePercent: number): LatestServerSamples => ({
  sample: {
    collectedAt: NOW,
    cpuUsagePercent,
    ramUsagePercent: 10,
    diskUsagePercent: 10,
    cpuLoad1m: 0.1,
  } as ServerSample,
  previous: null,
});
const href = (s: Server) => `/servers/${s.id}`;

describe('createHealthRows', () => {
  it('judges each server, and keeps a row whose inputs did not change', () => {
    const healthRows = createHealthRows();
    const servers = [server('a'), server('b')];
    const samples = [latest(95), latest(10)];
    const counts = new Map([['a', [{ status: 'running', count: 1, tone: 'ok' as const }]]]);
    const input = {
      servers,
      latest: samples,
      instanceCounts: counts,
      judgedAt: NOW,
      hrefFor: href,
    };
    const first = healthRows(input);
    expect(first.map((row) => [row.health.category, row.instances?.length, row.href])).toEqual([
      ['critical', 1, '/servers/a'],
      ['ok', 0, '/servers/b'],
    ]);
    const second = healthRows({ ...input, latest: [samples[0], latest(85)] });
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1].health.category).toBe('warning');
    expect(healthRows({ ...input, judgedAt: NOW + 1 })[0]).not.toBe(first[0]);
  });

  it('leaves instances unknown without counts, and links nowhere when told so', () => {
    const [row] = createHealthRows()({
      servers: [server('a')],
      latest: [],
      instanceCounts: null,
      judgedAt: NOW,
      hrefFor: () => null,
    });
    expect(row).toMatchObject({ sample: null, previous: null, instances: null, href: null });
    expect(row.health.category).toBe('no metrics');
  });
});

describe('filterAndSortRows', () => {
  const rows = createHealthRows()({
    servers: [server('web-2'), server('db-1', { host: 'db.lan' }), server('web-1')],
    latest: [latest(10), latest(10), latest(95)],
    instanceCounts: null,
    judgedAt: NOW,
    hrefFor: href,
  });
  const ids = (list: typeof rows) => list.map((row) => row.server.id);

  it('sorts worst first or by name, without touching its input', () => {
    expect(ids(filterAndSortRows(rows, '', 'worst'))).toEqual(['web-1', 'db-1', 'web-2']);
    expect(ids(filterAndSortRows(rows, '', 'name'))).toEqual(['db-1', 'web-1', 'web-2']);
    expect(ids(rows)).toEqual(['web-2', 'db-1', 'web-1']);
  });

  it('filters on name, host, status or id, ignoring case and spaces', () => {
    expect(ids(filterAndSortRows(rows, ' WEB ', 'name'))).toEqual(['web-1', 'web-2']);
    expect(ids(filterAndSortRows(rows, 'db.lan', 'name'))).toEqual(['db-1']);
    expect(ids(filterAndSortRows(rows, 'nothing', 'name'))).toEqual([]);
  });
});
