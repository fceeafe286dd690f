import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerSample } from '../../model/types.ts';
import { createLatestScheduler, type LatestSchedulerOptions } from './latest-scheduler.ts';

const sampleAt = (collectedAt: number) => ({ collectedAt }) as ServerSample;
const ids = (count: number) => Array.from({ length: count }, (_, i) => `srv-${i}`);

function setUp(options: Partial<LatestSchedulerOptions> = {}) {
  const asked: string[] = [];
  const scheduler = createLatestScheduler({
    fetchLatest: (id) => {
      asked.push(id);
      return Promise.resolve(sampleAt(Date.now()));
    },
    requestsPerMinute: 300,
    refreshMs: 30_000,
    ...options,
  });
  const listener = vi.fn();
  const unsubscribe = scheduler.subscribe(listener);
  return { scheduler, asked, listener, unsubscribe };
}

describe('createLatestScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps to its budget for a fleet far larger than it can refresh', async () => {
    const { scheduler, asked } = setUp();
    scheduler.setServers(ids(1000));
    await vi.advanceTimersByTimeAsync(59_999);
    expect(asked.length).toBeLessThanOrEqual(300);
    expect(asked.length).toBeGreaterThanOrEqual(295);
    expect(new Set(asked).size).toBe(asked.length);
    // Later minutes: the refill alone, still within the budget.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked.length - 300).toBeLessThanOrEqual(300);
  });

  it('asks for the servers on screen first and keeps them within the refresh interval', async () => {
    const { scheduler, asked } = setUp();
    scheduler.setServers(ids(1000));
    scheduler.setPriority(['srv-500', 'srv-900']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked.slice(0, 2)).toEqual(['srv-500', 'srv-900']);
    await vi.advanceTimersByTimeAsync(90_000);
    expect(asked.filter((id) => id === 'srv-900').length).toBe(4);
  });

  it('never asks a small fleet more often than the refresh interval', async () => {
    const { scheduler, asked } = setUp();
    scheduler.setServers(ids(14));
    await vi.advanceTimersByTimeAsync(59_000);
    expect(asked.length).toBe(28);
  });

  it('tells listeners once a burst is in, then at most once a second, with each copy’s age', async () => {
    const { scheduler, listener } = setUp();
    scheduler.setServers(ids(14));
    await vi.advanceTimersByTimeAsync(2_500);
    // All 14 in one burst: the screen re-sorts once, not once per answer.
    expect(listener).toHaveBeenCalledTimes(1);
    const copy = scheduler.getSnapshot().get('srv-0');
    expect(copy?.fetchedAt).toBe(copy?.sample?.collectedAt);
    expect(scheduler.getSnapshot().size).toBe(14);
  });

  it('keeps the copy when a refresh fails, says so, and retries on request', async () => {
    let fail = false;
    const { scheduler, asked } = setUp({
      fetchLatest: (id) => {
        asked.push(id);
        return fail ? Promise.reject(new Error('down')) : Promise.resolve(sampleAt(Date.now()));
      },
    });
    scheduler.setServers(['srv-0']);
    await vi.advanceTimersByTimeAsync(1_000);
    const good = scheduler.getSnapshot().get('srv-0');
    fail = true;
    await vi.advanceTimersByTimeAsync(31_000);
    const failed = scheduler.getSnapshot().get('srv-0');
    expect(failed?.error).toBeInstanceOf(Error);
    expect(failed?.sample).toBe(good?.sample);
    expect(failed?.fetchedAt).toBe(good?.fetchedAt);
    fail = false;
    scheduler.retryFailed();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(asked).toHaveLength(3);
    expect(scheduler.getSnapshot().get('srv-0')?.error).toBeNull();
  });

  it('pairs a newer sample with the one before, for rates', async () => {
    const { scheduler } = setUp();
    scheduler.setServers(['srv-0']);
    await vi.advanceTimersByTimeAsync(31_000);
    const copy = scheduler.getSnapshot().get('srv-0');
    expect(copy?.previous?.collectedAt).toBeLessThan(copy?.sample?.collectedAt ?? 0);
  });

  it('drops servers that left the fleet and stops asking once nobody listens', async () => {
    const { scheduler, asked, unsubscribe } = setUp();
    scheduler.setServers(ids(3));
    await vi.advanceTimersByTimeAsync(1_000);
    scheduler.setServers(['srv-0']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect([...scheduler.getSnapshot().keys()]).toEqual(['srv-0']);
    unsubscribe();
    const before = asked.length;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(asked).toHaveLength(before);
  });
});
