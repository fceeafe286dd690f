import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LatestScheduler } from './latest-scheduler.ts';
import { useLatestOrder, type FleetLatest } from './use-fleet-latest.ts';

function recordingScheduler() {
  const calls = { servers: [] as string[][], priority: [] as string[][] };
  const scheduler: LatestScheduler = {
    setServers: (ids) => void calls.servers.push([...ids]),
    setPriority: (ids) => void calls.priority.push([...ids]),
    retryFailed: () => {},
    subscribe: () => () => {},
    getSnapshot: () => new Map(),
  };
  const fleetLatest: FleetLatest = {
    copies: new Map(),
    retryFailed: () => {},
    requestsPerMinute: 290,
    scheduler,
  };
  return { calls, fleetLatest };
}

describe('useLatestOrder', () => {
  it('never hands the scheduler a server that has never reported, on screen or not', () => {
    const { calls, fleetLatest } = recordingScheduler();
    const servers = [
      { id: 'srv-a', lastSeenAt: 1_000 },
      { id: 'srv-new', lastSeenAt: null },
      { id: 'srv-b', lastSeenAt: 2_000 },
    ];
    renderHook(() =>
      useLatestOrder(fleetLatest, ['srv-new', 'srv-a', 'srv-b'], ['srv-new', 'srv-a'], servers),
    );
    expect(calls.servers.at(-1)).toEqual(['srv-a', 'srv-b']);
    expect(calls.priority.at(-1)).toEqual(['srv-a']);
  });
});
