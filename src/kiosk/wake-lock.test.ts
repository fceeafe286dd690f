import { describe, expect, it, vi } from 'vitest';
import { WAKE_LOCK_RETRY_MS, holdScreenWakeLock, type WakeLockEnvironment } from './wake-lock.ts';

function fakeEnvironment() {
  const sentinels: Array<{
    released: boolean;
    onRelease: () => void;
    release: () => Promise<void>;
  }> = [];
  const listeners = new Set<() => void>();
  const timers: Array<() => void> = [];
  const doc = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  const request = vi.fn(async () => {
    const sentinel = {
      released: false,
      onRelease: () => {},
      release: async () => {
        sentinel.released = true;
      },
      addEventListener: (_: string, listener: () => void) => {
        sentinel.onRelease = listener;
      },
    };
    sentinels.push(sentinel);
    return sentinel;
  });
  const environment = {
    wakeLock: { request },
    document: doc,
    setTimeout: (run: () => void) => timers.push(run),
  } as unknown as WakeLockEnvironment;
  const setVisible = (visible: boolean) => {
    doc.visibilityState = visible ? 'visible' : 'hidden';
    listeners.forEach((listener) => listener());
  };
  return { environment, request, sentinels, timers, setVisible, listeners };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('holdScreenWakeLock', () => {
  it('asks for the lock and asks again when the browser drops it', async () => {
    const fake = fakeEnvironment();
    const stop = holdScreenWakeLock(fake.environment);
    await settle();
    expect(fake.request).toHaveBeenCalledWith('screen');
    // Hidden: the browser releases the lock; nothing is asked while hidden.
    fake.setVisible(false);
    fake.sentinels[0].released = true;
    fake.sentinels[0].onRelease();
    await settle();
    expect(fake.request).toHaveBeenCalledTimes(1);
    fake.setVisible(true);
    await settle();
    expect(fake.request).toHaveBeenCalledTimes(2);
    stop();
    expect(fake.sentinels[1].released).toBe(true);
    expect(fake.listeners.size).toBe(0);
  });

  it('tries again later after a refusal', async () => {
    const fake = fakeEnvironment();
    fake.request.mockRejectedValueOnce(new Error('NotAllowedError'));
    holdScreenWakeLock(fake.environment);
    await settle();
    expect(fake.timers).toHaveLength(1);
    fake.timers[0]();
    await settle();
    expect(fake.request).toHaveBeenCalledTimes(2);
    expect(WAKE_LOCK_RETRY_MS).toBeGreaterThan(0);
  });

  it('does nothing where the API is missing', () => {
    const stop = holdScreenWakeLock({ ...fakeEnvironment().environment, wakeLock: undefined });
    expect(stop).not.toThrow();
  });
});
