// @vitest-environment node
// The mock's `malformed` faults through the real client: bad data is read, never a crash.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedTestMock } from '../../../mock/testing/shared-test-mock.ts';
import { createApiClient } from '../client.ts';
import { getInstanceLatest, getInstanceMetrics, getInstances } from '../instances.ts';
import { getServerLatest, getServerMetrics, getServers } from '../servers.ts';
import type { Instance, Server } from '../../model/types.ts';

// A frozen clock: comparisons with a clean history must not race a new sample arriving.
const frozenNow = Date.now();
const mock = sharedTestMock({ localHost: false, now: () => frozenNow });
let server: Server;
let instance: Instance;
const client = () =>
  createApiClient({
    baseUrl: `${mock.url}/api`,
    getCredentials: () => ({ token: 'ocore_k_local_dev' }),
  });

beforeAll(async () => {
  [server] = await getServers(client());
  // One that reports with the documented field names, so every garbled field is present.
  const instances = await getInstances(client());
  for (const candidate of instances) {
    const latest = await getInstanceLatest(client(), candidate.id).catch(() => null);
    if (latest && Object.keys(latest.extra).length === 0 && latest.memoryLimitBytes) {
      instance = candidate;
      break;
    }
  }
});

async function malformed(kind: string) {
  const res = await fetch(`${mock.url}/__mock/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ malformed: kind }),
  });
  expect(res.status).toBe(200);
}

const isAscending = (times: number[]) => times.every((t, i) => i === 0 || t > times[i - 1]);

describe('malformed payloads from the mock', () => {
  it('invalid-json: an invalid_response ApiError, other endpoints unaffected', async () => {
    await malformed('invalid-json');
    await expect(getServerMetrics(client(), server.id, '1h')).rejects.toMatchObject({
      name: 'ApiError',
      status: 200,
      code: 'invalid_response',
      message: expect.stringContaining('The oCore API sent a response the dashboard cannot read'),
    });
    await expect(getInstanceLatest(client(), instance.id)).rejects.toMatchObject({
      code: 'invalid_response',
    });
    await expect(getServers(client())).resolves.not.toHaveLength(0);
  });

  it('wrong-types: numeric strings and epoch times are read, booleans become null', async () => {
    const clean = await getServerMetrics(client(), server.id, '1h');
    await malformed('wrong-types');
    const metrics = await getServerMetrics(client(), server.id, '1h');
    expect(metrics.samples).toHaveLength(clean.samples.length);
    expect(isAscending(metrics.samples.map((s) => s.collectedAt))).toBe(true);
    for (const sample of metrics.samples) {
      expect(sample.cpuUsagePercent).toBeNull();
      expect(sample.ramTotalBytes).toEqual(expect.any(Number));
      expect(sample.uptimeSeconds).toEqual(expect.any(Number));
    }
    expect(metrics.samples.at(-1)?.ramUsedBytes).toBe(clean.samples.at(-1)?.ramUsedBytes);
    const latest = await getInstanceLatest(client(), instance.id);
    expect(latest).toMatchObject({ cpuUsagePercent: null, memoryUsedBytes: expect.any(Number) });
    expect(latest.extra).toEqual({});
  });

  it('missing-fields: timeless samples dropped, missing values null', async () => {
    const clean = await getInstanceMetrics(client(), instance.id, '1h');
    await malformed('missing-fields');
    const metrics = await getInstanceMetrics(client(), instance.id, '1h');
    expect(metrics.samples.length).toBe(clean.samples.length - Math.ceil(clean.samples.length / 3));
    expect(metrics.samples.every((s) => s.cpuUsagePercent === null)).toBe(true);
    expect(metrics.samples.some((s) => s.memoryUsedBytes === null)).toBe(true);
    expect(metrics.samples.some((s) => s.diskUsedBytes !== null)).toBe(true);
    // A latest sample without a time cannot be judged fresh or stale, so it is refused.
    await expect(getServerLatest(client(), server.id)).rejects.toMatchObject({
      code: 'invalid_response',
    });
  });

  it('absurd-values: impossible readings become null', async () => {
    await malformed('absurd-values');
    const [sample] = (await getServerMetrics(client(), server.id, '1h')).samples;
    expect(sample).toMatchObject({
      cpuUsagePercent: null,
      cpuLoad5m: null,
      cpuLoad15m: null,
      ramUsedBytes: null,
      ramUsagePercent: null,
      diskUsedBytes: null,
      diskAvailableBytes: null,
      diskUsagePercent: null,
      uptimeSeconds: null,
      ramTotalBytes: expect.any(Number),
    });
    const latest = await getInstanceLatest(client(), instance.id);
    expect(latest).toMatchObject({
      memoryUsedBytes: null,
      memoryUsagePercent: null,
      diskUsedBytes: null,
      memoryLimitBytes: expect.any(Number),
    });
  });

  it('out-of-order and duplicates: sorted oldest first, one sample per time', async () => {
    const clean = await getServerMetrics(client(), server.id, '6h');
    for (const kind of ['out-of-order', 'duplicates']) {
      await malformed(kind);
      const metrics = await getServerMetrics(client(), server.id, '6h');
      expect(isAscending(metrics.samples.map((s) => s.collectedAt))).toBe(true);
      if (kind === 'duplicates') expect(metrics.samples).toEqual(clean.samples);
    }
  });

  it('hostile text: entities still parse, text kept verbatim for the UI to escape', async () => {
    const res = await fetch(`${mock.url}/__mock/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ hostileText: true }),
    });
    expect(res.status).toBe(200);
    const servers = await getServers(client());
    expect(servers.map((s) => s.id)).toContain(server.id);
    expect(servers.some((s) => /[<>\u202e]/.test(s.name + s.description))).toBe(true);
    await expect(getInstances(client())).resolves.not.toHaveLength(0);
  });
});
