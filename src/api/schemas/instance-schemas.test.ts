import { describe, expect, it } from 'vitest';
import {
  parseInstanceDetail,
  parseInstanceLatest,
  parseInstanceList,
  parseInstanceMetrics,
} from './instance-schemas.ts';

const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);
const iso = (offsetSeconds: number) => new Date(T0 + offsetSeconds * 1000).toISOString();

const wireInstance = {
  id: 'inst-1',
  name: 'Acme ERP',
  slug: 'acme-erp',
  serverId: 'srv-1',
  status: 'Running',
  statusMessage: 'ok',
  healthScore: 92,
  healthScoreGrade: ' A ',
  healthScoreUpdatedAt: iso(-30),
  restartCount: 2,
  lastRestartAt: iso(-3600),
  lastSeenAt: iso(0),
  odooVersion: '17.0',
  odooEdition: 'community',
  domains: [
    { domain: 'erp.acme.test', isPrimary: true, sslStatus: 'VALID', sslExpiresAt: iso(86_400) },
    { domain: '', isPrimary: false },
    'alias.acme.test',
  ],
  limitMemoryHard: '2684354560',
  limitMemorySoft: 2147483648,
  createdAt: iso(-86_400),
  updatedAt: iso(-60),
  dbName: 'acme',
};

describe('instance list and detail', () => {
  it('maps a full instance with its domains', () => {
    const [instance] = parseInstanceList({ instances: [wireInstance] });
    expect(instance).toEqual({
      id: 'inst-1',
      name: 'Acme ERP',
      slug: 'acme-erp',
      serverId: 'srv-1',
      status: 'running',
      statusMessage: 'ok',
      healthScore: 92,
      healthScoreGrade: 'A',
      healthScoreUpdatedAt: T0 - 30_000,
      restartCount: 2,
      lastRestartAt: T0 - 3_600_000,
      lastSeenAt: T0,
      odooVersion: '17.0',
      odooEdition: 'community',
      domains: [
        {
          domain: 'erp.acme.test',
          isPrimary: true,
          sslStatus: 'valid',
          sslExpiresAt: T0 + 86_400_000,
        },
        { domain: 'alias.acme.test', isPrimary: false, sslStatus: '', sslExpiresAt: null },
      ],
      limitMemoryHard: 2684354560,
      limitMemorySoft: 2147483648,
      createdAt: T0 - 86_400_000,
      updatedAt: T0 - 60_000,
    });
  });

  it('keeps good items next to broken ones and survives wrong types', () => {
    const instances = parseInstanceList([
      { ...wireInstance, healthScore: 'NaN', domains: 'erp.acme.test', restartCount: -3 },
      { slug: 'no-id' },
      { id: 'inst-2', status: 'ERROR' },
    ]);
    expect(instances.map((i) => i.id)).toEqual(['inst-1', 'inst-2']);
    expect(instances[0]).toMatchObject({ healthScore: null, domains: [], restartCount: null });
    expect(instances[1]).toMatchObject({
      status: 'error',
      name: '',
      domains: [],
      healthScoreGrade: '',
    });
  });

  it('reads a detail bare or wrapped', () => {
    expect(parseInstanceDetail(wireInstance).slug).toBe('acme-erp');
    expect(parseInstanceDetail({ instance: wireInstance }).slug).toBe('acme-erp');
    expect(() => parseInstanceDetail({ instance: null })).toThrow();
  });
});

describe('instance metrics', () => {
  it('sorts newest-first samples, dedupes, drops timeless ones, and falls back to the requested period', () => {
    const metrics = parseInstanceMetrics(
      {
        metrics: [
          { collectedAt: iso(20), cpuPercent: 3 },
          { collectedAt: iso(10), cpuUsagePercent: 2 },
          { collectedAt: iso(10), cpuUsagePercent: 2.5 },
          { collectedAt: 'bad', cpuUsagePercent: 9 },
          { collectedAt: iso(0), cpuUsagePercent: 1 },
        ],
      },
      '6h',
    );
    expect(metrics.period).toBe('6h');
    expect(metrics.samples.map((s) => [(s.collectedAt - T0) / 1000, s.cpuUsagePercent])).toEqual([
      [0, 1],
      [10, 2.5],
      [20, 3],
    ]);
  });

  it('keeps the period the API reports when it is a known one', () => {
    expect(parseInstanceMetrics({ metrics: [], period: '24h' }, '1h').period).toBe('24h');
    expect(parseInstanceMetrics({ metrics: [], period: '2h' }, '1h').period).toBe('1h');
    expect(() => parseInstanceMetrics({ data: [] }, '1h')).toThrow();
  });

  it('reads the latest sample bare or wrapped', () => {
    expect(parseInstanceLatest({ collectedAt: iso(0), cpu: 5 }).cpuUsagePercent).toBe(5);
    expect(parseInstanceLatest({ sample: { ts: T0, cpu: 6 } }).cpuUsagePercent).toBe(6);
    expect(() => parseInstanceLatest({ cpu: 5 })).toThrow();
  });
});
