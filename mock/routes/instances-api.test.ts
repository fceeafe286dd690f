// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INSTANCE_SCENARIOS } from '../fleet/fleet-instances.ts';
import { SERVER_SCENARIOS } from '../fleet/fleet-servers.ts';
import type { RunningMockServer } from '../server/server.ts';
import { apiFetch, apiJson } from '../testing/test-helpers.ts';
import { DETERMINISTIC, startTestMock } from '../testing/test-mock.ts';
import {
  aliasInstanceSampleSchema,
  errorBodySchema,
  instanceSampleSchema,
  instanceSchema,
} from '../testing/test-schemas.ts';

const listSchema = z.strictObject({ instances: z.array(instanceSchema) });
const historyOf = <T extends z.ZodType>(sample: T) =>
  z.strictObject({ metrics: z.array(sample), period: z.enum(['1h', '6h', '24h', '7d']) });

let server: RunningMockServer;
beforeAll(async () => {
  server = await startTestMock(DETERMINISTIC);
});
afterAll(() => server.close());

describe('instances API', () => {
  it('lists instances in every status, filterable by server', async () => {
    const { instances } = listSchema.parse(await apiJson(server, '/api/instances'));
    expect(instances.length).toBeGreaterThanOrEqual(30);
    const statuses = new Set(instances.map((instance) => instance.status));
    for (const status of [
      'creating',
      'running',
      'stopped',
      'restarting',
      'failed',
      'removing',
      'error',
    ]) {
      expect(statuses).toContain(status);
    }
    const onOne = listSchema.parse(await apiJson(server, '/api/instances?server_id=srv-02'));
    expect(onOne.instances.length).toBeGreaterThan(0);
    expect(onOne.instances.every((instance) => instance.serverId === 'srv-02')).toBe(true);
    const none = listSchema.parse(await apiJson(server, '/api/instances?server_id=nope'));
    expect(none.instances).toEqual([]);
  });

  it('returns one instance bare and 404 JSON for unknown ids', async () => {
    const one = instanceSchema.parse(
      await apiJson(server, `/api/instances/${INSTANCE_SCENARIOS.failed}`),
    );
    expect(one.status).toBe('failed');
    for (const suffix of [
      '',
      '/monitoring/metrics',
      '/monitoring/metrics/latest',
      '/monitoring/metrics/stream',
    ]) {
      const response = await apiFetch(server, `/api/instances/nope${suffix}`);
      expect(response.status).toBe(404);
      errorBodySchema.parse(await response.json());
    }
    const bad = await apiFetch(server, `/api/instances/inst-01/monitoring/metrics?period=2h`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_period' } });
  });

  it('serves standard samples whose history ends with latest', async () => {
    const path = `/api/instances/${INSTANCE_SCENARIOS.running}/monitoring/metrics`;
    const history = historyOf(instanceSampleSchema).parse(
      await apiJson(server, `${path}?period=6h`),
    );
    expect(history.period).toBe('6h');
    expect(history.metrics.length).toBeGreaterThanOrEqual(360);
    const latest = instanceSampleSchema.parse(await apiJson(server, `${path}/latest`));
    expect(history.metrics.at(-1)).toEqual(latest);
    expect(latest.memoryUsagePercent).toBeCloseTo(
      (latest.memoryUsedBytes / latest.memoryLimitBytes) * 100,
      1,
    );
    expect(latest).toMatchObject({
      httpResponseMs: expect.any(Number),
      activeWorkers: expect.any(Number),
    });
  });

  it('uses alias field names on one instance', async () => {
    const path = `/api/instances/${INSTANCE_SCENARIOS.aliasFields}/monitoring/metrics`;
    historyOf(aliasInstanceSampleSchema).parse(await apiJson(server, path));
    aliasInstanceSampleSchema.parse(await apiJson(server, `${path}/latest`));
  });

  it('has no metrics yet for a creating instance, and stale ones for stopped or failed ones', async () => {
    const fresh = `/api/instances/${INSTANCE_SCENARIOS.noMetrics}/monitoring/metrics`;
    expect(await apiJson(server, `${fresh}?period=7d`)).toEqual({ metrics: [], period: '7d' });
    expect((await apiFetch(server, `${fresh}/latest`)).status).toBe(404);
    for (const id of [INSTANCE_SCENARIOS.failed, INSTANCE_SCENARIOS.stopped]) {
      const instance = instanceSchema.parse(await apiJson(server, `/api/instances/${id}`));
      const latest = instanceSampleSchema.parse(
        await apiJson(server, `/api/instances/${id}/monitoring/metrics/latest`),
      );
      expect(latest.collectedAt).toBe(instance.lastSeenAt);
    }
  });

  it('stops reporting instances with their unreachable server', async () => {
    const instance = instanceSchema.parse(
      await apiJson(server, `/api/instances/${INSTANCE_SCENARIOS.onUnreachableServer}`),
    );
    const host = await apiJson<{ lastSeenAt: string }>(
      server,
      `/api/servers/${SERVER_SCENARIOS.unreachable}`,
    );
    expect(instance.serverId).toBe(SERVER_SCENARIOS.unreachable);
    expect(instance.lastSeenAt).toBe(host.lastSeenAt);
  });

  it('resets an instance counter on restart', async () => {
    const path = `/api/instances/${INSTANCE_SCENARIOS.restarting}/monitoring/metrics?period=1h`;
    const { metrics } = historyOf(instanceSampleSchema).parse(await apiJson(server, path));
    const drops = metrics.filter(
      (s, i) => i > 0 && s.networkRxBytes < metrics[i - 1]!.networkRxBytes,
    );
    expect(drops).toHaveLength(1);
  });

  it('serves exactly instanceCount instances, spread over the servers, then back', async () => {
    const setFaults = (patch: object) =>
      fetch(`${server.url}/__mock/faults`, { method: 'PUT', body: JSON.stringify(patch) });
    await setFaults({ instanceCount: 2000 });
    const { instances } = listSchema.parse(await apiJson(server, '/api/instances'));
    expect(instances).toHaveLength(2000);
    expect(new Set(instances.map((instance) => instance.id)).size).toBe(2000);
    expect(new Set(instances.map((instance) => instance.serverId)).size).toBeGreaterThan(10);
    await setFaults({ instanceCount: 5 });
    expect(listSchema.parse(await apiJson(server, '/api/instances')).instances).toHaveLength(5);
    await setFaults({ instanceCount: null });
    const restored = listSchema.parse(await apiJson(server, '/api/instances')).instances;
    expect(restored.length).toBeLessThan(100);
  });
});
