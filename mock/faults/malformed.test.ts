// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MalformedKind } from './faults.ts';
import type { RunningMockServer } from '../server/server.ts';
import { apiFetch } from '../testing/test-helpers.ts';
import { DETERMINISTIC, startTestMock } from '../testing/test-mock.ts';

type Sample = Record<string, unknown>;

let server: RunningMockServer;
beforeAll(async () => {
  server = await startTestMock(DETERMINISTIC);
});
afterAll(() => server.close());
beforeEach(() => fetch(`${server.url}/__mock/faults`, { method: 'DELETE' }));

async function withMalformed(kind: MalformedKind, path: string): Promise<string> {
  await fetch(`${server.url}/__mock/faults`, {
    method: 'PATCH',
    body: JSON.stringify({ malformed: kind }),
  });
  const response = await apiFetch(server, path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  return response.text();
}

const SERVER_HISTORY = '/api/servers/srv-01/metrics?period=1h';
const SERVER_LATEST = '/api/servers/srv-01/metrics/latest';
const INSTANCE_HISTORY = '/api/instances/inst-01/monitoring/metrics';
const INSTANCE_LATEST = '/api/instances/inst-01/monitoring/metrics/latest';

async function history(kind: MalformedKind, path = SERVER_HISTORY): Promise<Sample[]> {
  return (JSON.parse(await withMalformed(kind, path)) as { metrics: Sample[] }).metrics;
}
async function latest(kind: MalformedKind, path = SERVER_LATEST): Promise<Sample> {
  return JSON.parse(await withMalformed(kind, path)) as Sample;
}

describe('malformed fault', () => {
  it('invalid-json: bodies that do not parse', async () => {
    for (const path of [SERVER_HISTORY, SERVER_LATEST, INSTANCE_HISTORY, INSTANCE_LATEST]) {
      const text = await withMalformed('invalid-json', path);
      expect(() => JSON.parse(text)).toThrow();
    }
  });

  it('wrong-types: numbers as strings, epoch collectedAt, booleans and nulls', async () => {
    const samples = await history('wrong-types');
    expect(typeof samples[0]!.ramUsedBytes).toBe('string');
    expect(typeof samples[0]!.collectedAt).toBe('number');
    expect(samples.map((s) => s.cpuUsagePercent)).toEqual(expect.arrayContaining([true, null]));
    const instance = await latest('wrong-types', INSTANCE_LATEST);
    expect(typeof instance.memoryUsedBytes).toBe('string');
  });

  it('missing-fields: no CPU, and sometimes no timestamp or memory', async () => {
    const samples = await history('missing-fields');
    expect(samples.every((s) => !('cpuUsagePercent' in s))).toBe(true);
    expect(samples.some((s) => !('collectedAt' in s))).toBe(true);
    expect(samples.some((s) => !('ramUsedBytes' in s))).toBe(true);
    expect(await latest('missing-fields', INSTANCE_LATEST)).not.toHaveProperty('cpuUsagePercent');
  });

  it('absurd-values: 4000 % CPU, disk used beyond total, NaN strings, negatives, backwards counters', async () => {
    const samples = await history('absurd-values');
    const [first, second] = samples as [Sample, Sample];
    expect(first.cpuUsagePercent).toBe(4000);
    expect(Number(first.diskUsedBytes)).toBeGreaterThan(Number(first.diskTotalBytes));
    expect(first.ramUsagePercent).toBe('NaN');
    expect(Number(first.ramUsedBytes)).toBeLessThan(0);
    expect(Number(second.networkRxBytes)).toBeLessThan(Number(first.networkRxBytes));
    const instance = await latest('absurd-values', INSTANCE_LATEST);
    expect(instance.cpuUsagePercent).toBe(4000);
    expect(Number(instance.diskUsedBytes)).toBeLessThan(0);
  });

  it('out-of-order: history not sorted by time, latest older than it should be', async () => {
    const normal = JSON.parse(await (await apiFetch(server, SERVER_LATEST)).text()) as Sample;
    const samples = await history('out-of-order');
    const times = samples.map((s) => Date.parse(String(s.collectedAt)));
    expect(times).not.toEqual([...times].sort((a, b) => a - b));
    const shifted = await latest('out-of-order');
    expect(Date.parse(String(shifted.collectedAt))).toBeLessThan(
      Date.parse(String(normal.collectedAt)),
    );
  });

  it('duplicates: every sample appears twice', async () => {
    const clean = (
      JSON.parse(await (await apiFetch(server, SERVER_HISTORY)).text()) as { count: number }
    ).count;
    const text = await withMalformed('duplicates', SERVER_HISTORY);
    const body = JSON.parse(text) as { count: number; metrics: Sample[] };
    expect(body.metrics).toHaveLength(clean * 2);
    expect(body.metrics[0]).toEqual(body.metrics[1]);
  });
});
