// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openEventStream, sampleJson } from '../../../test/fake-event-stream.ts';
import { createMetricStream, type MetricStreamOptions } from './metric-stream.ts';
import type { OnlineEvents } from './online-events.ts';

// Unit tests of what happens around one connection: events, silence, the network, stop().

function fakeNetwork() {
  let online = true;
  const listeners = new Set<(online: boolean) => void>();
  const events: OnlineEvents = {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return {
    isOnline: () => online,
    onlineEvents: events,
    listenerCount: () => listeners.size,
    set(next: boolean) {
      online = next;
      for (const listener of listeners) listener(next);
    },
  };
}

function setup(overrides: Partial<MetricStreamOptions> = {}) {
  const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.reject(new TypeError('failed')));
  const onSample = vi.fn();
  const onReconnected = vi.fn();
  const stream = createMetricStream({
    url: 'http://ocore.test/stream',
    getCredentials: () => ({ token: 'ocore_k_test' }),
    onSample,
    onReconnected,
    fetch,
    random: () => 1,
    onlineEvents: null,
    ...overrides,
  });
  return { fetch, onSample, onReconnected, stream };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('metric stream lifecycle', () => {
  it('delivers unnamed and `metrics` events, skips other names and counts malformed ones', async () => {
    const server = openEventStream();
    const { fetch, onSample, stream } = setup();
    fetch.mockResolvedValueOnce(server.response);
    stream.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(stream.getState()).toMatchObject({ status: 'live', connectCount: 1 });

    server.push(`id: 1\ndata: ${sampleJson('2026-01-01T00:00:00Z')}\n\n`);
    server.push(`id: 2\nevent: metrics\ndata: ${sampleJson('2026-01-01T00:00:10Z')}\n\n`);
    server.push(`id: 3\nevent: notice\ndata: ${sampleJson('2026-01-01T00:00:20Z')}\n\n`);
    server.push('id: 4\ndata: {not json\n\n');
    server.push('id: 5\ndata: {"cpuUsagePercent": 5}\n\n');
    await vi.advanceTimersByTimeAsync(0);

    expect(onSample.mock.calls.map(([sample, id]) => [sample.collectedAt, id])).toEqual([
      [Date.parse('2026-01-01T00:00:00Z'), '1'],
      [Date.parse('2026-01-01T00:00:10Z'), '2'],
    ]);
    expect(stream.getState()).toMatchObject({ status: 'live', malformedCount: 2 });
    expect(stream.getState().lastEventAt).toBe(Date.now());
    stream.stop();
  });

  it('aborts a silent connection after three intervals, but not while heartbeats arrive', async () => {
    const server = openEventStream();
    const { fetch, stream } = setup({ expectedIntervalMs: 1_000 });
    fetch.mockResolvedValueOnce(server.response);
    stream.start();
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(2_000);
      server.push(': heartbeat\n');
    }
    expect(stream.getState().status).toBe('live');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(stream.getState()).toMatchObject({ status: 'reconnecting', message: /silent/ });
    expect(server.cancelled).toHaveBeenCalled();
  });

  it('cuts an oversized frame, counts it malformed and reconnects', async () => {
    const server = openEventStream();
    const { fetch, stream } = setup();
    fetch.mockResolvedValueOnce(server.response);
    stream.start();
    await vi.advanceTimersByTimeAsync(0);
    const chunk = 'x'.repeat(64 * 1024);
    server.push('data: ');
    for (let i = 0; i < 17; i++) server.push(chunk);
    await vi.advanceTimersByTimeAsync(0);
    expect(stream.getState()).toMatchObject({ status: 'reconnecting', malformedCount: 1 });
    expect(server.cancelled).toHaveBeenCalled();
    stream.stop();
  });

  it('asks for a history refetch after a reconnect, never after the first connect', async () => {
    const first = openEventStream();
    const second = openEventStream();
    const { fetch, onReconnected, stream } = setup();
    fetch.mockResolvedValueOnce(first.response).mockResolvedValueOnce(second.response);
    stream.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(onReconnected).not.toHaveBeenCalled();
    first.close();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stream.getState()).toMatchObject({ status: 'live', connectCount: 2 });
    expect(onReconnected).toHaveBeenCalledTimes(1);
    stream.stop();
  });

  it('waits offline without attempts, and reconnects at once when the network returns', async () => {
    const network = fakeNetwork();
    network.set(false);
    const { fetch, stream } = setup(network);
    stream.start();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetch).not.toHaveBeenCalled();
    expect(stream.getState().status).toBe('offline');

    network.set(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(stream.getState()).toMatchObject({
      status: 'reconnecting',
      retryAt: Date.now() + 1_000,
    });

    // Going offline during a backoff wait cancels it; coming back skips the rest of the wait.
    network.set(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    network.set(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(2);
    stream.stop();
    expect(network.listenerCount()).toBe(0);
  });

  it('stop() aborts the connection, clears every timer and silences every callback', async () => {
    const server = openEventStream();
    const network = fakeNetwork();
    const { fetch, onSample, stream } = setup(network);
    fetch.mockResolvedValueOnce(server.response);
    const listener = vi.fn();
    stream.subscribe(listener);
    stream.start();
    await vi.advanceTimersByTimeAsync(0);

    stream.stop();
    stream.stop();
    expect(stream.getState().status).toBe('stopped');
    expect(server.cancelled).toHaveBeenCalled();
    expect(fetch.mock.calls[0]![1]?.signal?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(network.listenerCount()).toBe(0);

    listener.mockClear();
    network.set(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(onSample).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
  });
});
