// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openEventStream, refusedWith, sampleJson } from '../../../test/fake-event-stream.ts';
import { createMetricStream, type MetricStreamOptions } from './metric-stream.ts';

// Unit tests of the reconnect policy with an injected fetch and fake timers; the behaviour
// against the real mock over HTTP lives in metric-stream.test.ts.

const URL = 'http://ocore.test/api/instances/i-1/monitoring/metrics/stream';
const fetchFails = () => Promise.reject(new TypeError('fetch failed'));

function setup(overrides: Partial<MetricStreamOptions> = {}) {
  const fetch = vi.fn<typeof globalThis.fetch>(fetchFails);
  const onSample = vi.fn();
  const stream = createMetricStream({
    url: URL,
    getCredentials: () => ({ token: 'ocore_k_test', orgSlug: 'acme' }),
    onSample,
    fetch,
    random: () => 1,
    onlineEvents: null,
    ...overrides,
  });
  return { fetch, onSample, stream };
}

/** Milliseconds until the scheduled retry, as the state announces it. */
const retryIn = (stream: ReturnType<typeof setup>['stream']) =>
  (stream.getState().retryAt ?? NaN) - Date.now();

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('metric stream reconnect policy', () => {
  it('sends credentials as headers and resumes from the last event id', async () => {
    const first = openEventStream();
    const { fetch, stream } = setup();
    fetch.mockResolvedValueOnce(first.response);
    stream.start();
    await vi.advanceTimersByTimeAsync(0);
    first.push(`id: 41\ndata: ${sampleJson('2026-01-01T00:00:00Z')}\n\n`);
    first.close();
    await vi.advanceTimersByTimeAsync(1_000);

    expect(fetch).toHaveBeenCalledTimes(2);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(URL);
    const headers = new Headers(init?.headers);
    expect(headers.get('Authorization')).toBe('Bearer ocore_k_test');
    expect(headers.get('X-Org-Slug')).toBe('acme');
    expect(headers.get('Accept')).toBe('text/event-stream');
    expect(headers.has('Last-Event-ID')).toBe(false);
    expect(init).toMatchObject({ credentials: 'include', cache: 'no-store' });
    expect(new Headers(fetch.mock.calls[1]![1]?.headers).get('Last-Event-ID')).toBe('41');
    stream.stop();
  });

  it('backs off exponentially with full jitter up to 30 s', async () => {
    const { fetch, stream } = setup();
    stream.start();
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 7; attempt++) {
      await vi.advanceTimersByTimeAsync(0);
      expect(stream.getState().status).toBe('reconnecting');
      const delay = retryIn(stream);
      delays.push(delay);
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(fetch).toHaveBeenCalledTimes(attempt);
      await vi.advanceTimersByTimeAsync(1);
      expect(fetch).toHaveBeenCalledTimes(attempt + 1);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    stream.stop();
  });

  it('scales the delay by random() and never goes below the server retry hint', async () => {
    const hinted = openEventStream();
    const { fetch, stream } = setup({ random: () => 0.25 });
    fetch.mockResolvedValueOnce(hinted.response);
    stream.start();
    await vi.advanceTimersByTimeAsync(0);
    hinted.push('retry: 5000\n\n');
    hinted.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(retryIn(stream)).toBe(5_000);
    // The hint sticks across attempts, as in EventSource.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(retryIn(stream)).toBe(5_000);
    stream.stop();
  });

  it('resets the backoff after a minute of healthy streaming, not before', async () => {
    const { fetch, stream } = setup({ expectedIntervalMs: 60_000 });
    const longLived = openEventStream();
    const shortLived = openEventStream();
    fetch
      .mockImplementationOnce(fetchFails)
      .mockImplementationOnce(fetchFails)
      .mockResolvedValueOnce(shortLived.response)
      .mockResolvedValueOnce(longLived.response);
    stream.start();
    await vi.advanceTimersByTimeAsync(0); // fail: next in 1 s
    await vi.advanceTimersByTimeAsync(1_000); // fail: next in 2 s
    await vi.advanceTimersByTimeAsync(2_000); // live
    expect(stream.getState().status).toBe('live');
    await vi.advanceTimersByTimeAsync(59_000);
    shortLived.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(retryIn(stream)).toBe(4_000);

    await vi.advanceTimersByTimeAsync(4_000);
    expect(stream.getState().status).toBe('live');
    await vi.advanceTimersByTimeAsync(60_000);
    longLived.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(retryIn(stream)).toBe(1_000);
    stream.stop();
  });

  it('waits for Retry-After on 429 and 503, in seconds or as an HTTP date', async () => {
    const { fetch, stream } = setup();
    const inTwentySeconds = new Date(Date.now() + 20_000).toUTCString();
    fetch
      .mockResolvedValueOnce(refusedWith(429, { 'Retry-After': '7' }))
      .mockResolvedValueOnce(refusedWith(503, { 'Retry-After': inTwentySeconds }));
    stream.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(retryIn(stream)).toBe(7_000);
    await vi.advanceTimersByTimeAsync(6_999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(retryIn(stream)).toBeGreaterThanOrEqual(12_000);
    stream.stop();
  });

  it('stops for good on 403 and 404 with a message the operator can act on', async () => {
    for (const [status, text] of [
      [403, /permission/],
      [404, /no longer exists/],
    ] as const) {
      const { fetch, stream } = setup();
      fetch.mockResolvedValueOnce(refusedWith(status));
      stream.start();
      await vi.advanceTimersByTimeAsync(120_000);
      expect(stream.getState()).toMatchObject({
        status: 'stopped',
        message: expect.stringMatching(text),
      });
      expect(fetch).toHaveBeenCalledTimes(1);
    }
  });

  it('refreshes once on 401 and signs out on a second 401 in a row', async () => {
    const refreshAuth = vi.fn(() => Promise.resolve(true));
    const { fetch, stream } = setup({ refreshAuth });
    fetch.mockResolvedValue(refusedWith(401));
    stream.start();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(refreshAuth).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(stream.getState().status).toBe('signed-out');
  });

  it('signs out at once when there is no way to refresh', async () => {
    const { fetch, stream } = setup({ refreshAuth: () => Promise.resolve(false) });
    fetch.mockResolvedValue(refusedWith(401));
    stream.start();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(stream.getState().status).toBe('signed-out');
  });

  it('retries, not signs out, when the refresh itself cannot get through', async () => {
    const refreshAuth = vi
      .fn<() => Promise<boolean>>()
      .mockRejectedValueOnce(new Error('network'))
      .mockResolvedValue(true);
    const { fetch, stream } = setup({ refreshAuth });
    fetch.mockResolvedValueOnce(refusedWith(401));
    fetch.mockResolvedValueOnce(refusedWith(401));
    fetch.mockResolvedValue(refusedWith(503));
    stream.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(stream.getState()).toMatchObject({ status: 'reconnecting' });
    expect(stream.getState().message).toMatch(/Could not renew/);
    await vi.advanceTimersByTimeAsync(120_000);
    // The next 401 gets its one refresh again, which works this time.
    expect(refreshAuth).toHaveBeenCalledTimes(2);
    expect(stream.getState().status).not.toBe('signed-out');
  });

  it('treats a response that is not an event stream as a failure', async () => {
    const { fetch, stream } = setup();
    fetch.mockResolvedValueOnce(
      new Response('<html>', { headers: { 'Content-Type': 'text/html' } }),
    );
    stream.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(stream.getState()).toMatchObject({ status: 'reconnecting', connectCount: 0 });
    stream.stop();
  });
});
