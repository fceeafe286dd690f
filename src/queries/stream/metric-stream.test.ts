// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { INSTANCE_SCENARIOS } from '../../../mock/fleet/fleet-instances.ts';
import { startTestMock, type TestMock } from '../../../mock/testing/test-mock.ts';
import { DEV_KEY } from '../../../test/render-with-providers.tsx';
import { instanceStreamPath } from '../../api/instances.ts';
import { createMetricStream, type MetricStreamOptions } from './metric-stream.ts';

// The stream loop against the real mock over HTTP. Each test owns a mock (faults are global to
// one), so they run concurrently; reconnects wait for the mock's 3 s `retry:` hint.

const WAIT = { timeout: 8_000, interval: 20 };

async function connect(
  overrides: Partial<MetricStreamOptions> & { instanceId?: string; faults?: object } = {},
) {
  const { instanceId = INSTANCE_SCENARIOS.running, faults, ...options } = overrides;
  const mock = await startTestMock({ streamIntervalMs: 50, localHost: false, faults });
  const received: { id: string | undefined; collectedAt: number }[] = [];
  const fetchTimes: number[] = [];
  let token = DEV_KEY;
  const stream = createMetricStream({
    url: `${mock.url}/api${instanceStreamPath(instanceId)}`,
    getCredentials: () => ({ token }),
    onSample: (sample, id) => received.push({ id, collectedAt: sample.collectedAt }),
    fetch: (input, init) => {
      fetchTimes.push(Date.now());
      return fetch(input, init);
    },
    expectedIntervalMs: 200,
    random: () => 0,
    onlineEvents: null,
    ...options,
  });
  const ids = () => received.map((sample) => sample.id);
  const setToken = (next: string) => void (token = next);
  return { mock, stream, received, ids, fetchTimes, setToken };
}

async function closeAll(mock: TestMock, stream: { stop(): void }) {
  stream.stop();
  await vi.waitFor(async () => expect((await mock.stats()).openStreams).toBe(0), WAIT);
  await mock.close();
}

describe.concurrent('metric stream against the mock', () => {
  it('goes live and delivers unnamed events in order', async () => {
    const { mock, stream, received, ids } = await connect({
      instanceId: INSTANCE_SCENARIOS.unnamedStreamEvents,
    });
    stream.start();
    expect(stream.getState().status).toBe('connecting');
    await vi.waitFor(() => expect(received.length).toBeGreaterThanOrEqual(4), WAIT);
    expect(stream.getState()).toMatchObject({ status: 'live', connectCount: 1, malformedCount: 0 });
    expect(ids().slice(0, 4)).toEqual(['1', '2', '3', '4']);
    const times = received.map((sample) => sample.collectedAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    await closeAll(mock, stream);
  });

  it('resumes after a dropped stream from the last event id and asks for history', async () => {
    const onReconnected = vi.fn();
    const { mock, stream, ids } = await connect({ faults: { streamDropAfter: 3 }, onReconnected });
    stream.start();
    await vi.waitFor(() => expect(ids().length).toBeGreaterThanOrEqual(6), WAIT);
    expect(ids().slice(0, 6)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(stream.getState().connectCount).toBeGreaterThanOrEqual(2);
    expect(onReconnected).toHaveBeenCalled();
    await closeAll(mock, stream);
  });

  it('refreshes credentials after a 401 and reconnects at once', async () => {
    const refreshAuth = vi.fn(async () => {
      setToken(DEV_KEY);
      return true;
    });
    const { mock, stream, received, fetchTimes, setToken } = await connect({ refreshAuth });
    setToken('ocore_k_revoked');
    stream.start();
    await vi.waitFor(() => expect(received.length).toBeGreaterThan(0), WAIT);
    expect(refreshAuth).toHaveBeenCalledTimes(1);
    expect(fetchTimes).toHaveLength(2);
    // "At once": well inside the 3 s retry hint.
    expect(fetchTimes[1]! - fetchTimes[0]!).toBeLessThan(1_000);
    await closeAll(mock, stream);
  });

  it('signs out after a second 401 in a row and makes no further requests', async () => {
    const refreshAuth = vi.fn(() => Promise.resolve(true));
    const { mock, stream, fetchTimes, setToken } = await connect({ refreshAuth });
    setToken('ocore_k_revoked');
    stream.start();
    await vi.waitFor(() => expect(stream.getState().status).toBe('signed-out'), WAIT);
    expect(stream.getState().message).toMatch(/sign in/i);
    expect(refreshAuth).toHaveBeenCalledTimes(1);
    expect(fetchTimes).toHaveLength(2);
    expect((await mock.stats()).streamConnects).toBe(0);
    await closeAll(mock, stream);
  });

  it('aborts a stalled stream and reconnects when data flows again', async () => {
    const { mock, stream, received } = await connect({ faults: { streamStall: true } });
    stream.start();
    await vi.waitFor(() => expect(stream.getState().status).toBe('live'), WAIT);
    await vi.waitFor(() => expect(stream.getState().message).toMatch(/silent/), WAIT);
    expect(stream.getState().status).toBe('reconnecting');
    await mock.resetFaults();
    await vi.waitFor(() => expect(received.length).toBeGreaterThan(0), WAIT);
    // Without a retry hint and with random() = 0 every stall reconnects at once, so maybe often.
    expect(stream.getState().connectCount).toBeGreaterThanOrEqual(2);
    await closeAll(mock, stream);
  });

  it('counts and skips malformed events without dropping the connection', async () => {
    const { mock, stream, received } = await connect({ faults: { malformed: 'invalid-json' } });
    stream.start();
    await vi.waitFor(
      () => expect(stream.getState().malformedCount).toBeGreaterThanOrEqual(3),
      WAIT,
    );
    expect(received).toEqual([]);
    expect(stream.getState()).toMatchObject({ status: 'live', connectCount: 1 });
    await closeAll(mock, stream);
  });

  it('cuts an oversized frame, then carries on after reconnecting', async () => {
    const { mock, stream, ids } = await connect({ faults: { streamFrameBytes: 2 * 1024 * 1024 } });
    stream.start();
    await vi.waitFor(() => expect(stream.getState().malformedCount).toBe(1), WAIT);
    expect(stream.getState().status).toBe('reconnecting');
    await mock.resetFaults();
    await vi.waitFor(() => expect(ids().length).toBeGreaterThanOrEqual(3), WAIT);
    // Event 2 (the garbage frame) never completed, so the resumed stream starts again from 2.
    expect(ids().slice(0, 3)).toEqual(['1', '2', '3']);
    expect(stream.getState().connectCount).toBe(2);
    await closeAll(mock, stream);
  });

  it('waits for Retry-After on 429 before trying again', async () => {
    const { mock, stream, received, fetchTimes } = await connect({
      faults: { errors: [{ pattern: '/stream', status: 429, retryAfterSeconds: 2, times: 1 }] },
    });
    stream.start();
    await vi.waitFor(() => expect(stream.getState().retryAt).not.toBeNull(), WAIT);
    expect(stream.getState().retryAt! - fetchTimes[0]!).toBeGreaterThanOrEqual(2_000);
    await vi.waitFor(() => expect(received.length).toBeGreaterThan(0), WAIT);
    expect(fetchTimes).toHaveLength(2);
    expect(fetchTimes[1]! - fetchTimes[0]!).toBeGreaterThanOrEqual(1_990);
    await closeAll(mock, stream);
  });

  it('leaves no open stream on the server after stop()', async () => {
    const { mock, stream, received } = await connect();
    stream.start();
    await vi.waitFor(() => expect(received.length).toBeGreaterThan(0), WAIT);
    expect((await mock.stats()).openStreams).toBe(1);
    stream.stop();
    const countAtStop = received.length;
    await vi.waitFor(
      async () => expect(await mock.stats()).toMatchObject({ openStreams: 0, streamTimers: 0 }),
      WAIT,
    );
    expect(received.length).toBe(countAtStop);
    expect(stream.getState().status).toBe('stopped');
    await mock.close();
  });
});
