import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from './client.ts';
import {
  getInstance,
  getInstanceLatest,
  getInstanceMetrics,
  getInstances,
  instanceStreamPath,
} from './instances.ts';

const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);

function clientAnswering(body: unknown) {
  const fetchMock = vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body)));
  const client = createApiClient({ baseUrl: '/api', getCredentials: () => ({}), fetch: fetchMock });
  return { client, url: () => String(fetchMock.mock.calls[0][0]) };
}

describe('instance endpoints', () => {
  it('getInstances lists all instances, or those of one server', async () => {
    const all = clientAnswering({ instances: [{ id: 'i1' }, { id: 'i2' }] });
    expect((await getInstances(all.client)).map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(all.url()).toBe('/api/instances');

    const one = clientAnswering([{ id: 'i1', serverId: 'srv/1' }]);
    await getInstances(one.client, 'srv/1');
    expect(one.url()).toBe('/api/instances?server_id=srv%2F1');
  });

  it('getInstance encodes the id and accepts a bare body', async () => {
    const { client, url } = clientAnswering({ id: 'i#1', status: 'FAILED', domains: null });
    await expect(getInstance(client, 'i#1')).resolves.toMatchObject({
      id: 'i#1',
      status: 'failed',
      domains: [],
    });
    expect(url()).toBe('/api/instances/i%231');
  });

  it('getInstanceMetrics adapts samples and keeps the requested period when none comes back', async () => {
    const { client, url } = clientAnswering({
      metrics: [
        { ts: T0 + 10_000, cpuPercent: 2, threads: 9 },
        { ts: T0, cpuPercent: 1 },
      ],
    });
    const metrics = await getInstanceMetrics(client, 'i1', '7d');
    expect(url()).toBe('/api/instances/i1/monitoring/metrics?period=7d');
    expect(metrics.period).toBe('7d');
    expect(metrics.samples.map((s) => s.cpuUsagePercent)).toEqual([1, 2]);
    expect(metrics.samples[1].extra).toEqual({ threads: 9 });
  });

  it('getInstanceLatest and the stream path', async () => {
    const { client, url } = clientAnswering({ collectedAt: new Date(T0).toISOString() });
    await expect(getInstanceLatest(client, 'i 1')).resolves.toMatchObject({ collectedAt: T0 });
    expect(url()).toBe('/api/instances/i%201/monitoring/metrics/latest');
    expect(instanceStreamPath('i/1')).toBe('/instances/i%2F1/monitoring/metrics/stream');
    expect(client.streamUrl(instanceStreamPath('i1'))).toBe(
      '/api/instances/i1/monitoring/metrics/stream',
    );
  });
});
