import { describe, expect, it } from 'vitest';
import {
  parseServerDetail,
  parseServerLatest,
  parseServerList,
  parseServerMetrics,
  parseServerSample,
} from './server-schemas.ts';

const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);
const iso = (offsetSeconds: number) => new Date(T0 + offsetSeconds * 1000).toISOString();

const wireServer = {
  id: 'srv-1',
  name: 'web-01',
  description: 'Primary',
  host: '10.0.0.1',
  port: 22,
  sshUser: 'root',
  authMethod: 'key',
  maxSshSessions: 4,
  cpuCores: 8,
  ramTotalBytes: 16_000_000_000,
  osName: 'Ubuntu',
  osVersion: '24.04',
  proxyType: 'traefik',
  provisioningStep: 'done',
  status: 'ACTIVE',
  statusMessage: '',
  lastSeenAt: iso(0),
  createdAt: iso(-86_400),
  updatedAt: iso(-60),
};

describe('server list and detail', () => {
  it('maps a documented server, ignoring extra fields and lower-casing status', () => {
    const [server] = parseServerList({ servers: [wireServer] });
    expect(server).toEqual({
      id: 'srv-1',
      name: 'web-01',
      description: 'Primary',
      host: '10.0.0.1',
      port: 22,
      cpuCores: 8,
      ramTotalBytes: 16_000_000_000,
      osName: 'Ubuntu',
      osVersion: '24.04',
      proxyType: 'traefik',
      provisioningStep: 'done',
      status: 'active',
      statusMessage: '',
      lastSeenAt: T0,
      createdAt: T0 - 86_400_000,
      updatedAt: T0 - 60_000,
    });
    expect(server).not.toHaveProperty('sshUser');
  });

  it('accepts a bare array and keeps good items next to broken ones', () => {
    const servers = parseServerList([
      wireServer,
      { name: 'no id' },
      'garbage',
      null,
      { ...wireServer, id: 42, port: 'NaN', cpuCores: '4', ramTotalBytes: null, status: null },
    ]);
    expect(servers.map((s) => s.id)).toEqual(['srv-1', '42']);
    expect(servers[1]).toMatchObject({ port: null, cpuCores: 4, ramTotalBytes: null, status: '' });
  });

  it('rejects a body that is not a list at all', () => {
    expect(() => parseServerList({ servers: null })).toThrow(/list of servers/);
    expect(() => parseServerList('nope')).toThrow();
  });

  it('reads a detail bare or wrapped, with nonsense values as null', () => {
    expect(parseServerDetail(wireServer).id).toBe('srv-1');
    const wrapped = parseServerDetail({
      server: { ...wireServer, port: 70_000, lastSeenAt: 'never' },
    });
    expect(wrapped).toMatchObject({ id: 'srv-1', port: null, lastSeenAt: null });
    expect(() => parseServerDetail({ server: { name: 'no id' } })).toThrow();
  });
});

const wireSample = (offsetSeconds: number, extra: Record<string, unknown> = {}) => ({
  id: `m-${offsetSeconds}`,
  serverId: 'srv-1',
  collectedAt: iso(offsetSeconds),
  cpuUsagePercent: 12.5,
  cpuLoad1m: 0.5,
  cpuLoad5m: 0.4,
  cpuLoad15m: 0.3,
  ramTotalBytes: 1000,
  ramUsedBytes: 250,
  ramAvailableBytes: 750,
  ramUsagePercent: 25,
  diskTotalBytes: 2000,
  diskUsedBytes: 500,
  diskAvailableBytes: 1500,
  diskUsagePercent: 25,
  networkRxBytes: 10_000,
  networkTxBytes: 20_000,
  uptimeSeconds: 3600,
  ...extra,
});

describe('server metrics', () => {
  it('sorts shuffled samples oldest first and keeps the last of duplicates', () => {
    const metrics = parseServerMetrics(
      {
        count: 5,
        period: '6h',
        metrics: [
          wireSample(60),
          wireSample(0),
          wireSample(120, { cpuUsagePercent: 1 }),
          wireSample(30),
          wireSample(120, { cpuUsagePercent: 2 }),
        ],
      },
      '1h',
    );
    expect(metrics.period).toBe('6h');
    expect(metrics.samples.map((s) => (s.collectedAt - T0) / 1000)).toEqual([0, 30, 60, 120]);
    expect(metrics.samples[3].cpuUsagePercent).toBe(2);
    expect(metrics.samples[0]).not.toHaveProperty('id');
  });

  it('drops samples without a usable time, and turns bad values into null', () => {
    const metrics = parseServerMetrics(
      {
        metrics: [
          wireSample(0, { cpuUsagePercent: '55.5', ramUsedBytes: 'NaN', uptimeSeconds: -5 }),
          wireSample(10, { collectedAt: 'not a date' }),
          wireSample(20, { collectedAt: null }),
          wireSample(30, { diskUsagePercent: 400, cpuLoad1m: 'high', ramUsedBytes: 5000 }),
          42,
        ],
      },
      '24h',
    );
    expect(metrics.period).toBe('24h');
    expect(metrics.samples).toHaveLength(2);
    expect(metrics.samples[0]).toMatchObject({
      cpuUsagePercent: 55.5,
      ramUsedBytes: null,
      uptimeSeconds: null,
    });
    expect(metrics.samples[1]).toMatchObject({
      diskUsagePercent: 25,
      cpuLoad1m: null,
      ramUsedBytes: null,
      ramUsagePercent: 25,
    });
  });

  it('keeps the wire text of impossible values for display, and nothing for sound ones', () => {
    const [absurd, sound] = parseServerMetrics(
      [
        wireSample(0, {
          cpuUsagePercent: 4000,
          diskUsedBytes: 6000,
          diskUsagePercent: 300,
          uptimeSeconds: -42,
          cpuLoad5m: 'NaN',
          cpuLoad15m: null,
        }),
        wireSample(30),
      ],
      '1h',
    ).samples;
    expect(absurd).toMatchObject({ cpuUsagePercent: null, diskUsedBytes: null });
    expect(absurd.rejected).toEqual({
      cpuUsagePercent: '4000',
      diskUsedBytes: '6000',
      diskUsagePercent: '300',
      uptimeSeconds: '-42',
      cpuLoad5m: '"NaN"',
    });
    expect(sound).not.toHaveProperty('rejected');
  });

  it('reads a clean sample the same on its fast path as field by field', () => {
    const clean = wireSample(0);
    // A numeric string sends the sample down the general path; it reads as the same number.
    const general = { ...clean, cpuLoad1m: String(clean.cpuLoad1m) };
    expect(parseServerSample(clean)).toEqual(parseServerSample(general));
    expect(parseServerSample(clean)).not.toHaveProperty('rejected');
  });

  it('accepts epoch times and a bare array, and derives missing usage shares', () => {
    const metrics = parseServerMetrics(
      [
        wireSample(0, {
          collectedAt: T0 / 1000,
          ramUsagePercent: undefined,
          diskUsagePercent: 'x',
        }),
      ],
      '7d',
    );
    expect(metrics).toMatchObject({ period: '7d', samples: [{ collectedAt: T0 }] });
    expect(metrics.samples[0]).toMatchObject({ ramUsagePercent: 25, diskUsagePercent: 25 });
  });

  it('reads the latest sample, refusing one that cannot be placed in time', () => {
    expect(parseServerLatest(wireSample(0)).collectedAt).toBe(T0);
    expect(() => parseServerLatest({ cpuUsagePercent: 5 })).toThrow(/collectedAt/);
  });
});
