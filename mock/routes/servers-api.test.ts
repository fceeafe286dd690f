// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SERVER_SCENARIOS } from '../fleet/fleet-servers.ts';
import type { RunningMockServer } from '../server/server.ts';
import { apiFetch, apiJson, TEST_NOW } from '../testing/test-helpers.ts';
import { DETERMINISTIC, startTestMock } from '../testing/test-mock.ts';
import { errorBodySchema, serverSampleSchema, serverSchema } from '../testing/test-schemas.ts';

const historySchema = z.strictObject({
  count: z.number().int(),
  metrics: z.array(serverSampleSchema),
  period: z.enum(['1h', '6h', '24h', '7d']),
});
type History = z.infer<typeof historySchema>;

let server: RunningMockServer;
beforeEach(async () => {
  server = await startTestMock(DETERMINISTIC);
});
afterEach(() => server.close());

const history = async (id: string, period: string) =>
  historySchema.parse(await apiJson(server, `/api/servers/${id}/metrics?period=${period}`));
const times = (h: History) => h.metrics.map((m) => Date.parse(m.collectedAt));

describe('servers API', () => {
  it('lists servers and returns each one bare', async () => {
    const { servers } = z
      .strictObject({ servers: z.array(serverSchema) })
      .parse(await apiJson(server, '/api/servers'));
    expect(servers.length).toBeGreaterThanOrEqual(12);
    const one = serverSchema.parse(await apiJson(server, `/api/servers/${servers[0]!.id}`));
    expect(one).toEqual(servers[0]);
    const unreachable = servers.find((s) => s.id === SERVER_SCENARIOS.unreachable)!;
    expect(unreachable.status).toBe('unreachable');
    expect(unreachable.statusMessage).not.toBe('');
    const provisioning = servers.find((s) => s.id === SERVER_SCENARIOS.provisioning)!;
    expect(provisioning).toMatchObject({ status: 'provisioning', lastSeenAt: null });
    expect(provisioning.provisioningStep).not.toBe('completed');
  });

  it('answers 404 JSON for unknown ids and 400 for an unknown period', async () => {
    for (const path of [
      '/api/servers/nope',
      '/api/servers/nope/metrics',
      '/api/servers/nope/metrics/latest',
    ]) {
      const response = await apiFetch(server, path);
      expect(response.status).toBe(404);
      expect(errorBodySchema.parse(await response.json()).error.code).toBe('not_found');
    }
    const response = await apiFetch(server, '/api/servers/srv-01/metrics?period=2h');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_period' } });
  });

  it('defaults to 1h at 30 s steps and downsamples longer periods', async () => {
    const defaults = historySchema.parse(await apiJson(server, '/api/servers/srv-01/metrics'));
    expect(defaults.period).toBe('1h');
    expect(defaults.count).toBe(defaults.metrics.length);
    const expected = {
      '1h': [120, 30_000],
      '6h': [360, 60_000],
      '24h': [288, 300_000],
      '7d': [672, 900_000],
    };
    for (const [period, [count, step]] of Object.entries(expected)) {
      const h = await history('srv-01', period);
      expect(h.count).toBeGreaterThanOrEqual(count!);
      expect(h.count).toBeLessThanOrEqual(count! + 1);
      const t = times(h);
      expect(t[1]! - t[0]!).toBe(step);
      expect(t[0]!).toBeGreaterThan(
        TEST_NOW - { '1h': 1, '6h': 6, '24h': 24, '7d': 168 }[period]! * 3_600_000,
      );
      expect(t.at(-1)!).toBeLessThanOrEqual(TEST_NOW);
    }
  });

  it('ends every history with exactly the latest sample', async () => {
    for (const id of ['srv-01', SERVER_SCENARIOS.unreachable, SERVER_SCENARIOS.rebooted]) {
      const latest = serverSampleSchema.parse(
        await apiJson(server, `/api/servers/${id}/metrics/latest`),
      );
      for (const period of ['1h', '24h'])
        expect((await history(id, period)).metrics.at(-1)).toEqual(latest);
    }
  });

  it('has no samples for a provisioning server and old ones for an unreachable server', async () => {
    expect((await history(SERVER_SCENARIOS.provisioning, '7d')).metrics).toEqual([]);
    const latest = await apiFetch(
      server,
      `/api/servers/${SERVER_SCENARIOS.provisioning}/metrics/latest`,
    );
    expect(latest.status).toBe(404);
    const stale = times(await history(SERVER_SCENARIOS.unreachable, '1h')).at(-1)!;
    expect(TEST_NOW - stale).toBeGreaterThanOrEqual(20 * 60_000);
  });

  it('keeps totals consistent and counters monotonic except across the reboot', async () => {
    const { metrics } = await history(SERVER_SCENARIOS.rebooted, '24h');
    let resets = 0;
    metrics.forEach((s, i) => {
      expect(s.ramUsedBytes + s.ramAvailableBytes).toBe(s.ramTotalBytes);
      expect(s.diskUsedBytes + s.diskAvailableBytes).toBe(s.diskTotalBytes);
      expect(s.diskUsagePercent).toBeCloseTo((s.diskUsedBytes / s.diskTotalBytes) * 100, 1);
      const previous = metrics[i - 1];
      if (!previous) return;
      if (s.uptimeSeconds < previous.uptimeSeconds) {
        resets++;
        return;
      }
      expect(s.networkRxBytes).toBeGreaterThanOrEqual(previous.networkRxBytes);
      expect(s.networkTxBytes).toBeGreaterThanOrEqual(previous.networkTxBytes);
    });
    expect(resets).toBe(1);
  });

  it('is deterministic: same seed and clock give identical history', async () => {
    const twin = await startTestMock(DETERMINISTIC);
    try {
      const mine = await apiJson(server, '/api/servers/srv-03/metrics?period=6h');
      const theirs = await apiJson(twin, '/api/servers/srv-03/metrics?period=6h');
      expect(theirs).toEqual(mine);
    } finally {
      await twin.close();
    }
  });

  it('serves ~20,160 raw samples for 7d when dense', async () => {
    await fetch(`${server.url}/__mock/faults`, {
      method: 'PATCH',
      body: JSON.stringify({ dense: true }),
    });
    const h = await history('srv-01', '7d');
    expect(h.count).toBeGreaterThanOrEqual(20_160);
    expect(h.count).toBeLessThanOrEqual(20_161);
  });

  it('reports this machine as srv-local with real readings', async () => {
    const local = await startTestMock({ ...DETERMINISTIC, localHost: true, now: Date.now });
    try {
      const wire = serverSchema.parse(await apiJson(local, '/api/servers/srv-local'));
      expect(wire.cpuCores).toBeGreaterThan(0);
      const latest = serverSampleSchema.parse(
        await apiJson(local, '/api/servers/srv-local/metrics/latest'),
      );
      expect(latest.ramTotalBytes).toBeGreaterThan(0);
      expect(latest.uptimeSeconds).toBeGreaterThan(0);
      const h = historySchema.parse(
        await apiJson(local, '/api/servers/srv-local/metrics?period=1h'),
      );
      expect(h.count).toBeGreaterThanOrEqual(1);
    } finally {
      await local.close();
    }
  });
});
