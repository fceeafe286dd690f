import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from './client.ts';
import { getServer, getServerLatest, getServerMetrics, getServers } from './servers.ts';

const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);

function clientAnswering(body: unknown, status = 200) {
  const fetchMock = vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status }));
  const client = createApiClient({
    baseUrl: '/api',
    getCredentials: () => ({ token: 'ocore_k_test' }),
    fetch: fetchMock,
  });
  return { client, url: () => String(fetchMock.mock.calls[0][0]), fetchMock };
}

describe('server endpoints', () => {
  it('getServers reads the documented list', async () => {
    const { client, url } = clientAnswering({
      servers: [{ id: 's1', name: 'web' }, { name: 'x' }],
    });
    const servers = await getServers(client);
    expect(url()).toBe('/api/servers');
    expect(servers.map((s) => s.id)).toEqual(['s1']);
  });

  it('getServer encodes the id and accepts a wrapped body', async () => {
    const { client, url } = clientAnswering({ server: { id: 'a/b?c', status: 'Unreachable' } });
    const server = await getServer(client, 'a/b?c');
    expect(url()).toBe('/api/servers/a%2Fb%3Fc');
    expect(server).toMatchObject({ id: 'a/b?c', status: 'unreachable' });
  });

  it('getServerMetrics sends the period and returns samples oldest first', async () => {
    const { client, url } = clientAnswering({
      count: 2,
      metrics: [
        { collectedAt: new Date(T0 + 30_000).toISOString(), cpuUsagePercent: 2 },
        { collectedAt: new Date(T0).toISOString(), cpuUsagePercent: 1 },
      ],
    });
    const metrics = await getServerMetrics(client, 's 1', '24h');
    expect(url()).toBe('/api/servers/s%201/metrics?period=24h');
    expect(metrics.period).toBe('24h');
    expect(metrics.samples.map((s) => s.cpuUsagePercent)).toEqual([1, 2]);
  });

  it('getServerLatest returns the bare sample and lets a 404 throw', async () => {
    const ok = clientAnswering({ collectedAt: T0, cpuUsagePercent: 3 });
    await expect(getServerLatest(ok.client, 's1')).resolves.toMatchObject({ collectedAt: T0 });
    expect(ok.url()).toBe('/api/servers/s1/metrics/latest');

    const missing = clientAnswering({ message: 'No metrics yet' }, 404);
    await expect(getServerLatest(missing.client, 's1')).rejects.toMatchObject({
      status: 404,
      message: 'No metrics yet',
    });
  });

  it('passes the caller signal through', async () => {
    const { client, fetchMock } = clientAnswering({ servers: [] });
    const controller = new AbortController();
    await getServers(client, controller.signal);
    controller.abort();
    expect(fetchMock.mock.calls[0][1]?.signal?.aborted).toBe(true);
  });
});
