import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { INSTANCE_SCENARIOS } from '../../../mock/fleet/fleet-instances.ts';
import type { Faults } from '../../../mock/faults/faults.ts';
import { startTestMock } from '../../../mock/testing/test-mock.ts';
import { createTestProviders } from '../../../test/render-with-providers.tsx';
import type { InstanceMetrics, InstanceSample } from '../../model/types.ts';
import { instanceKeys } from '../query-keys.ts';
import { useInstanceStream } from './use-instance-stream.ts';

const WAIT = { timeout: 8_000, interval: 20 };
const INSTANCE = INSTANCE_SCENARIOS.running;

async function renderStream(faults: Partial<Faults> = {}) {
  const mock = await startTestMock({ streamIntervalMs: 50, localHost: false, faults });
  const providers = createTestProviders({ apiOrigin: mock.url });
  const { queryClient, apiClient: client, DataProviders: wrapper } = providers;
  const getCredentials = providers.sessionStore.getCredentials;
  // An inline options object, as a page would write it: re-renders must not reconnect.
  const view = renderHook(() => useInstanceStream(INSTANCE, { client, getCredentials }), {
    wrapper,
  });
  const live = () => queryClient.getQueryData<InstanceSample[]>(instanceKeys.live(INSTANCE)) ?? [];
  const latest = () => queryClient.getQueryData<InstanceSample>(instanceKeys.latest(INSTANCE));
  return { mock, queryClient, live, latest, ...view };
}

// Not concurrent: RTL's global cleanup after one test would unmount the others' hooks.
describe('useInstanceStream against the mock', () => {
  it('goes live, fills latest and the live buffer, and closes the connection on unmount', async () => {
    const { mock, result, live, latest, unmount, rerender } = await renderStream();
    await waitFor(() => expect(result.current.status).toBe('live'), WAIT);
    await waitFor(() => expect(live().length).toBeGreaterThanOrEqual(3), WAIT);
    rerender();
    const times = live().map((sample) => sample.collectedAt);
    expect(new Set(times).size).toBe(times.length);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(latest()?.collectedAt).toBe(times.at(-1));
    expect(result.current).toMatchObject({ message: null, malformedCount: 0, retryAt: null });
    expect((await mock.stats()).streamConnects).toBe(1);

    unmount();
    await waitFor(async () => expect((await mock.stats()).openStreams).toBe(0), WAIT);
    await mock.close();
  });

  it('polls the latest sample into the live buffer while the stream is refused', async () => {
    const { mock, result, live, unmount } = await renderStream({
      errors: [{ pattern: '*/stream', status: 503, retryAfterSeconds: 60 }],
    });
    await waitFor(() => expect(result.current.status).toBe('reconnecting'), WAIT);
    expect(result.current.retryAt).not.toBeNull();
    await waitFor(() => expect(live()).toHaveLength(1), WAIT);
    unmount();
    await mock.close();
  });

  it('never lets a late, out-of-order sample step latest or the buffer back in time', async () => {
    const { mock, queryClient, live, unmount } = await renderStream({ malformed: 'out-of-order' });
    const latestSeen: number[] = [];
    const stopWatching = queryClient.getQueryCache().subscribe(({ query }) => {
      const data = query.state.data as InstanceSample | undefined;
      if (query.queryHash === JSON.stringify(instanceKeys.latest(INSTANCE)) && data) {
        latestSeen.push(data.collectedAt);
      }
    });
    await waitFor(() => expect(live().length).toBeGreaterThanOrEqual(3), WAIT);
    stopWatching();
    const times = live().map((sample) => sample.collectedAt);
    expect(times).toEqual([...new Set(times)].sort((a, b) => a - b));
    expect(latestSeen).toEqual([...latestSeen].sort((a, b) => a - b));
    unmount();
    await mock.close();
  });

  it('refetches history after a reconnect without wiping the live buffer', async () => {
    const { mock, result, live, queryClient, unmount } = await renderStream({ streamDropAfter: 2 });
    const historyKey = instanceKeys.metrics(INSTANCE, '1h');
    const history: InstanceMetrics = { period: '1h', samples: [] };
    queryClient.setQueryData(historyKey, history);
    await waitFor(() => expect(live().length).toBeGreaterThanOrEqual(2), WAIT);
    expect(queryClient.getQueryState(historyKey)?.isInvalidated).toBe(false);

    await waitFor(
      () => expect(queryClient.getQueryState(historyKey)?.isInvalidated).toBe(true),
      WAIT,
    );
    expect(result.current.status).toBe('live');
    expect(live().length).toBeGreaterThanOrEqual(2);
    unmount();
    await waitFor(async () => expect((await mock.stats()).openStreams).toBe(0), WAIT);
    await mock.close();
  });
});
