// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openEventStream, refusedWith } from '../../../test/fake-event-stream.ts';
import { MAX_SERVER_DELAY_MS } from '../../api/retry-after.ts';
import { createMetricStream } from './metric-stream.ts';

// What the server may ask of the stream loop, and where the loop stops obeying: delays that a
// 32-bit setTimeout cannot hold, and a 204 that means "stop reconnecting".

function setup() {
  const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.reject(new TypeError('down')));
  const stream = createMetricStream({
    url: 'http://ocore.test/api/instances/i-1/monitoring/metrics/stream',
    getCredentials: () => ({ token: 'ocore_k_test' }),
    onSample: vi.fn(),
    fetch,
    random: () => 1,
    onlineEvents: null,
  });
  const retryIn = () => (stream.getState().retryAt ?? NaN) - Date.now();
  return { fetch, stream, retryIn };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('metric stream: server-given delays and stop signals', () => {
  it('caps a Retry-After beyond the 32-bit timer range instead of retrying at once', async () => {
    const { fetch, stream, retryIn } = setup();
    fetch.mockResolvedValue(refusedWith(429, { 'Retry-After': '2147484' }));
    stream.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(retryIn()).toBe(MAX_SERVER_DELAY_MS - 1_000);
    await vi.advanceTimersByTimeAsync(MAX_SERVER_DELAY_MS * 3);
    // Three capped waits in fifteen minutes, not a loop of thousands.
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(stream.getState().status).toBe('reconnecting');
    stream.stop();
  });

  it('caps a huge retry: hint, which still sticks under a Retry-After: 0', async () => {
    const { fetch, stream, retryIn } = setup();
    const hinted = openEventStream();
    fetch
      .mockResolvedValueOnce(hinted.response)
      .mockResolvedValueOnce(refusedWith(503, { 'Retry-After': '0' }));
    stream.start();
    await vi.advanceTimersByTimeAsync(0);
    hinted.push('retry: 99999999999\n\n');
    hinted.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(retryIn()).toBe(MAX_SERVER_DELAY_MS);
    await vi.advanceTimersByTimeAsync(MAX_SERVER_DELAY_MS);
    expect(fetch).toHaveBeenCalledTimes(2);
    // The capped hint still sticks, as EventSource keeps its reconnection time.
    expect(retryIn()).toBe(MAX_SERVER_DELAY_MS);
    stream.stop();
  });

  it('stops on HTTP 204 with a message and hands over to polling', async () => {
    const { fetch, stream } = setup();
    fetch.mockResolvedValue(new Response(null, { status: 204 }));
    stream.start();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(stream.getState()).toMatchObject({
      status: 'polling',
      retryAt: null,
      message: expect.stringMatching(/asked .* not to stream/),
    });
  });
});
