// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockApp } from '../server/app.ts';
import { isLoopbackAddress } from './control.ts';
import { defaultFaults, matchesPattern } from './faults.ts';
import type { RunningMockServer } from '../server/server.ts';
import { apiFetch } from '../testing/test-helpers.ts';
import { DETERMINISTIC, startTestMock } from '../testing/test-mock.ts';

describe('loopback check', () => {
  it('accepts 127.0.0.0/8, ::1 and IPv4-mapped loopback only', () => {
    for (const address of [
      '127.0.0.1',
      '127.1.2.3',
      '::1',
      '0:0:0:0:0:0:0:1',
      '::ffff:127.0.0.1',
    ]) {
      expect(isLoopbackAddress(address)).toBe(true);
    }
    for (const address of [
      undefined,
      '',
      '10.0.0.1',
      '192.168.1.127',
      '::ffff:10.0.0.1',
      '128.0.0.1',
      'fe80::1',
      '127.0.0.256',
      '::2',
      'localhost',
    ]) {
      expect(isLoopbackAddress(address)).toBe(false);
    }
  });

  it('refuses the control API when the peer is not loopback', async () => {
    // app.request has no socket, so it looks like a remote peer.
    const mock = createMockApp({ localHost: false });
    const response = await mock.app.request('/__mock/faults');
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    mock.dispose();
  });
});

describe('error patterns', () => {
  it('matches substrings, and globs over the whole path', () => {
    expect(matchesPattern('metrics', '/api/servers/srv-01/metrics')).toBe(true);
    expect(matchesPattern('/api/servers/*/metrics', '/api/servers/srv-01/metrics')).toBe(true);
    expect(matchesPattern('/api/servers/*/metrics', '/api/servers/srv-01/metrics/latest')).toBe(
      false,
    );
    expect(matchesPattern('*/stream', '/api/instances/inst-01/monitoring/metrics/stream')).toBe(
      true,
    );
    expect(matchesPattern('*', '/api/servers')).toBe(true);
    expect(matchesPattern('/api/servers.json', '/api/serversXjson')).toBe(false);
  });
});

describe('control API over loopback', () => {
  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startTestMock({ ...DETERMINISTIC, faults: { latencyMs: 1 } });
  });
  afterAll(() => server.close());
  const control = (path: string, init?: RequestInit) => fetch(`${server.url}/__mock${path}`, init);

  it('reads, merges, validates and resets faults', async () => {
    expect(await (await control('/faults')).json()).toEqual({ ...defaultFaults(), latencyMs: 1 });
    const put = await control('/faults', { method: 'PUT', body: JSON.stringify({ dense: true }) });
    expect(await put.json()).toMatchObject({ latencyMs: 1, dense: true });
    const patch = await control('/faults', {
      method: 'PATCH',
      body: JSON.stringify({ malformed: 'duplicates' }),
    });
    expect(await patch.json()).toMatchObject({ dense: true, malformed: 'duplicates' });
    const bad = await control('/faults', {
      method: 'PATCH',
      body: JSON.stringify({ latencyMs: -5, typo: 1 }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'invalid_faults', message: expect.stringContaining('typo') },
    });
    const notJson = await control('/faults', { method: 'PATCH', body: '{' });
    expect(notJson.status).toBe(400);
    expect(await (await control('/faults', { method: 'DELETE' })).json()).toEqual(defaultFaults());
  });

  it('counts API requests and streams in stats', async () => {
    const before = (await (await control('/stats')).json()) as { requests: number };
    await apiFetch(server, '/api/servers');
    await apiFetch(server, '/api/instances');
    const after = await (await control('/stats')).json();
    expect(after).toEqual({
      openStreams: 0,
      requests: before.requests + 2,
      streamConnects: 0,
      streamTimers: 0,
      lastStreamEvent: null,
    });
  });
});
