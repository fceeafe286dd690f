import { describe, expect, it } from 'vitest';
import { parseInstanceSample } from './instance-sample.ts';

const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);

describe('parseInstanceSample', () => {
  it('maps the shape the mock sends', () => {
    expect(
      parseInstanceSample({
        id: 'im-1',
        instanceId: 'inst-1',
        collectedAt: new Date(T0).toISOString(),
        cpuUsagePercent: 180,
        memoryUsedBytes: 512,
        memoryLimitBytes: 1024,
        memoryUsagePercent: 50,
        diskUsedBytes: 4096,
        networkRxBytes: 1,
        networkTxBytes: 2,
      }),
    ).toEqual({
      collectedAt: T0,
      cpuUsagePercent: 180,
      memoryUsedBytes: 512,
      memoryLimitBytes: 1024,
      memoryUsagePercent: 50,
      diskUsedBytes: 4096,
      networkRxBytes: 1,
      networkTxBytes: 2,
      extra: {},
    });
  });

  it('maps aliases, computes the memory share, and keeps other numbers in extra', () => {
    const sample = parseInstanceSample({
      instance_id: 'inst-1',
      serverId: 'srv-1',
      ts: T0 / 1000,
      cpu_percent: '12.5',
      memUsedBytes: 256,
      memoryLimit: '1024',
      disk_used_bytes: 10,
      rxBytes: 100,
      netTxBytes: 200,
      workers: 4,
      pgConnections: '17',
      requestsPerSecond: 3.5,
      healthy: true,
      label: 'web',
      nested: { value: 1 },
    });
    expect(sample).toEqual({
      collectedAt: T0,
      cpuUsagePercent: 12.5,
      memoryUsedBytes: 256,
      memoryLimitBytes: 1024,
      memoryUsagePercent: 25,
      diskUsedBytes: 10,
      networkRxBytes: 100,
      networkTxBytes: 200,
      extra: { workers: 4, pgConnections: 17, requestsPerSecond: 3.5 },
    });
  });

  it('takes the first alias with a usable value, and never repeats known aliases in extra', () => {
    const sample = parseInstanceSample({
      timestamp: 'garbage',
      time: new Date(T0).toISOString(),
      cpuUsagePercent: null,
      cpuPercent: 'NaN',
      cpu: 7,
      memoryUsedBytes: 600,
      memoryBytes: 999,
    });
    expect(sample).toMatchObject({ collectedAt: T0, cpuUsagePercent: 7, memoryUsedBytes: 600 });
    expect(sample?.extra).toEqual({});
  });

  it('leaves missing or nonsense metrics null', () => {
    expect(
      parseInstanceSample({
        collected_at: T0,
        memoryUsedBytes: -1,
        memoryLimitBytes: 0,
        memoryUsagePercent: 250,
        networkRxBytes: Infinity,
      }),
    ).toEqual({
      collectedAt: T0,
      cpuUsagePercent: null,
      memoryUsedBytes: null,
      memoryLimitBytes: 0,
      memoryUsagePercent: null,
      diskUsedBytes: null,
      networkRxBytes: null,
      networkTxBytes: null,
      extra: {},
      // Kept as sent so the UI can say "invalid" with the raw value, never plot it.
      rejected: { memoryUsedBytes: '-1', memoryUsagePercent: '250', networkRxBytes: 'Infinity' },
    });
  });

  it('returns null for garbage and samples without a usable time', () => {
    for (const raw of [
      null,
      undefined,
      'sample',
      42,
      [],
      [{ collectedAt: T0 }],
      { cpu: 5 },
      { ts: 'x' },
    ]) {
      expect(parseInstanceSample(raw)).toBeNull();
    }
  });

  it('ignores a __proto__ key instead of touching the prototype', () => {
    const sample = parseInstanceSample(JSON.parse(`{"ts": ${T0}, "__proto__": 5, "queue": 2}`));
    expect(sample?.extra).toEqual({ queue: 2 });
    expect(Object.getPrototypeOf(sample?.extra)).toBe(Object.prototype);
  });
});
