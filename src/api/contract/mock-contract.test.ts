// @vitest-environment node
// The API layer against the real bundled mock over HTTP: every endpoint and the error mapping.
import { describe, expect, it } from 'vitest';
import { startTestMock } from '../../../mock/testing/test-mock.ts';
import { sharedTestMock } from '../../../mock/testing/shared-test-mock.ts';
import {
  ApiError,
  isNotFound,
  isRateLimited,
  isServerError,
  isUnauthorized,
} from '../api-error.ts';
import { createApiClient, type ApiClientOptions } from '../client.ts';
import {
  getInstance,
  getInstanceLatest,
  getInstanceMetrics,
  getInstances,
  instanceStreamPath,
} from '../instances.ts';
import { parseInstanceSample } from '../schemas/instance-sample.ts';
import { getServer, getServerLatest, getServerMetrics, getServers } from '../servers.ts';
import { PERIODS } from '../../model/types.ts';

const DEV_API_KEY = 'ocore_k_local_dev';
const mock = sharedTestMock({ localHost: false });

function client(token: string | null = DEV_API_KEY, options: Partial<ApiClientOptions> = {}) {
  return createApiClient({
    baseUrl: `${mock.url}/api`,
    getCredentials: () => ({ token }),
    ...options,
  });
}

async function setFaults(faults: object) {
  const res = await fetch(`${mock.url}/__mock/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(faults),
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

const isAscending = (times: number[]) => times.every((t, i) => i === 0 || t > times[i - 1]);

describe('servers against the mock', () => {
  it('lists the fleet and reads each detail', async () => {
    const servers = await getServers(client());
    expect(servers.length).toBeGreaterThanOrEqual(12);
    expect(new Set(servers.map((s) => s.id)).size).toBe(servers.length);
    for (const server of servers) {
      expect(server.status).toBe(server.status.toLowerCase());
      expect(server.name).not.toBe('');
      expect(server.createdAt).toEqual(expect.any(Number));
    }
    const detail = await getServer(client(), servers[0].id);
    expect(detail).toEqual(servers[0]);
  });

  it('reads metrics for every period, oldest first, and a latest sample that is newest', async () => {
    const [server] = await getServers(client());
    for (const period of PERIODS) {
      const metrics = await getServerMetrics(client(), server.id, period);
      expect(metrics.period).toBe(period);
      expect(metrics.samples.length).toBeGreaterThan(1);
      expect(isAscending(metrics.samples.map((s) => s.collectedAt))).toBe(true);
      for (const sample of metrics.samples) {
        expect(sample.cpuUsagePercent).toEqual(expect.any(Number));
        expect(sample.ramUsedBytes!).toBeLessThanOrEqual(sample.ramTotalBytes!);
      }
    }
    const history = await getServerMetrics(client(), server.id, '1h');
    const latest = await getServerLatest(client(), server.id);
    expect(latest.collectedAt).toBeGreaterThanOrEqual(history.samples.at(-1)!.collectedAt);
    expect(latest.collectedAt).toBeLessThanOrEqual(Date.now() + 1000);
  });
});

describe('instances against the mock', () => {
  it('lists instances, all or per server, and reads a detail', async () => {
    const instances = await getInstances(client());
    expect(instances.length).toBeGreaterThan(0);
    const { serverId } = instances[0];
    const onServer = await getInstances(client(), serverId);
    expect(onServer.length).toBeGreaterThan(0);
    expect(onServer.every((i) => i.serverId === serverId)).toBe(true);
    expect(await getInstance(client(), instances[0].id)).toEqual(instances[0]);
    expect(instances.some((i) => i.domains.some((d) => d.isPrimary))).toBe(true);
  });

  it('adapts every instance sample shape the mock sends (aliases and extra fields)', async () => {
    const instances = await getInstances(client());
    const samples = (
      await Promise.all(
        instances.map((i) => getInstanceLatest(client(), i.id).catch((e: unknown) => e)),
      )
    ).filter((result) => !isNotFound(result));
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) {
      expect(sample).toMatchObject({
        cpuUsagePercent: expect.any(Number),
        memoryUsedBytes: expect.any(Number),
        memoryUsagePercent: expect.any(Number),
      });
    }
    const extraKeys = samples.flatMap((s) => Object.keys((s as { extra: object }).extra));
    expect(extraKeys.length).toBeGreaterThan(0);
    expect(extraKeys).not.toContain('id');
    expect(extraKeys).not.toContain('instanceId');
  });

  it('reads instance metrics oldest first, and one event of the live stream', async () => {
    const [instance] = await getInstances(client());
    const metrics = await getInstanceMetrics(client(), instance.id, '6h');
    expect(metrics.period).toBe('6h');
    expect(isAscending(metrics.samples.map((s) => s.collectedAt))).toBe(true);

    const controller = new AbortController();
    const res = await fetch(client().streamUrl(instanceStreamPath(instance.id)), {
      headers: { Authorization: `Bearer ${DEV_API_KEY}`, Accept: 'text/event-stream' },
      signal: controller.signal,
    });
    expect(res.headers.get('Content-Type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!/^data:.*\n\n/m.test(text)) {
      const { done, value } = await reader.read();
      if (done) break;
      text += value;
    }
    controller.abort();
    const data = /^data:(.*)$/m.exec(text)![1];
    expect(parseInstanceSample(JSON.parse(data))).toMatchObject({
      collectedAt: expect.any(Number),
    });
  });
});

describe('errors from the mock', () => {
  it('401 without a key or with a wrong one', async () => {
    const missing = await getServers(client(null)).catch((e: unknown) => e);
    expect(isUnauthorized(missing)).toBe(true);
    expect(missing).toMatchObject({
      code: 'unauthorized',
      message: expect.stringMatching(/credentials/i),
    });
    await expect(getServers(client('ocore_k_wrong'))).rejects.toMatchObject({
      status: 401,
      message: 'Invalid API key',
    });
  });

  it('400 with the API message for an unknown period', async () => {
    const [server] = await getServers(client());
    const raw = client().request(`/servers/${server.id}/metrics`, (json) => json, {
      query: { period: '2h' },
    });
    await expect(raw).rejects.toMatchObject({
      status: 400,
      code: 'invalid_period',
      message: expect.stringContaining('Unknown period "2h"'),
    });
  });

  it('404 for unknown ids', async () => {
    for (const call of [
      getServer(client(), 'srv-nope'),
      getServerMetrics(client(), 'srv-nope', '1h'),
      getInstance(client(), 'inst/nope'),
      getInstanceLatest(client(), 'inst-nope'),
    ]) {
      await expect(call).rejects.toMatchObject({ status: 404, code: 'not_found' });
    }
  });

  it('injected 503, 429 with Retry-After, and an HTML 502 from a proxy', async () => {
    await setFaults({ errors: [{ pattern: '/api/servers', status: 503 }] });
    const unavailable = await getServers(client()).catch((e: unknown) => e);
    expect(isServerError(unavailable)).toBe(true);
    expect(unavailable).toMatchObject({ status: 503, code: 'service_unavailable' });

    await setFaults({ errors: [{ pattern: '/api/servers', status: 429, retryAfterSeconds: 7 }] });
    const limited = await getServers(client()).catch((e: unknown) => e);
    expect(isRateLimited(limited)).toBe(true);
    expect(limited).toMatchObject({ retryAfterSeconds: 7, message: 'Too many requests' });

    await setFaults({ errors: [{ pattern: '/api/instances', status: 502 }] });
    await expect(getInstances(client())).rejects.toMatchObject({
      status: 502,
      code: 'http_502',
      message: 'Bad Gateway (502)',
    });
  });

  it('times out on a slow API, and a caller abort stays an AbortError', async () => {
    await setFaults({ latencyMs: 400 });
    await expect(getServers(client(DEV_API_KEY, { timeoutMs: 100 }))).rejects.toMatchObject({
      status: 0,
      code: 'timeout',
      message: 'The oCore API did not answer within 0.1 s',
    });
    const controller = new AbortController();
    const pending = getServers(client(), controller.signal).catch((e: unknown) => e);
    controller.abort();
    const aborted = await pending;
    expect(aborted).not.toBeInstanceOf(ApiError);
    expect(aborted).toMatchObject({ name: 'AbortError' });
  });

  it('network error when nothing listens', async () => {
    const gone = await startTestMock({ localHost: false });
    await gone.close();
    const error = createApiClient({ baseUrl: `${gone.url}/api`, getCredentials: () => ({}) });
    await expect(getServers(error)).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});
