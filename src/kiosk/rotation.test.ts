import { describe, expect, it, vi } from 'vitest';
import {
  msUntilNextStep,
  parseRotation,
  rotationSteps,
  startRotationTimer,
  stepIndexAt,
} from './rotation.ts';

describe('parseRotation', () => {
  it('reads seconds and an optional server list', () => {
    expect(parseRotation('30', null)).toEqual({ intervalMs: 30_000, serverIds: null });
    expect(parseRotation('15', 'srv-02, srv-01,,srv-02')).toEqual({
      intervalMs: 15_000,
      serverIds: ['srv-02', 'srv-01'],
    });
  });

  it('clamps to 2 s – 1 h and refuses nonsense', () => {
    expect(parseRotation('0.5', null)?.intervalMs).toBe(2_000);
    expect(parseRotation('99999', null)?.intervalMs).toBe(3_600_000);
    expect(parseRotation('0', null)).toBeNull();
    expect(parseRotation('fast', null)).toBeNull();
  });
});

describe('rotation schedule', () => {
  const steps = rotationSteps('/wall', (id) => `/servers/${id}`, ['a', 'b']);

  it('shows the wall first, then each server', () => {
    expect(steps).toEqual(['/wall', '/servers/a', '/servers/b']);
  });

  it('derives the step from the clock, so a reload continues the cycle', () => {
    const start = 1_800_000_000_000 - (1_800_000_000_000 % 90_000);
    expect(stepIndexAt(start, 30_000, 3)).toBe(0);
    expect(stepIndexAt(start + 29_999, 30_000, 3)).toBe(0);
    expect(stepIndexAt(start + 30_000, 30_000, 3)).toBe(1);
    expect(stepIndexAt(start + 60_000, 30_000, 3)).toBe(2);
    expect(stepIndexAt(start + 90_000, 30_000, 3)).toBe(0);
    // Hours later it is still cycling.
    expect(stepIndexAt(start + 10 * 3_600_000 + 30_000, 30_000, 3)).toBe(1);
    expect(stepIndexAt(start, 30_000, 0)).toBe(0);
  });

  it('counts down to the next boundary', () => {
    expect(msUntilNextStep(90_000, 30_000)).toBe(30_000);
    expect(msUntilNextStep(95_000, 30_000)).toBe(25_000);
  });
});

describe('startRotationTimer', () => {
  it('steps at every boundary and keeps going after a step throws', () => {
    vi.useFakeTimers({ now: 60_000 });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen: number[] = [];
    const stop = startRotationTimer({
      intervalMs: 10_000,
      onStep: (now) => {
        seen.push(Math.floor(now / 10_000));
        if (seen.length === 2) throw new Error('navigation failed');
      },
    });
    vi.advanceTimersByTime(45_000);
    expect(seen).toEqual([7, 8, 9, 10]);
    stop();
    vi.advanceTimersByTime(60_000);
    expect(seen).toHaveLength(4);
    vi.useRealTimers();
  });
});
