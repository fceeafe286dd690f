import { useSyncExternalStore } from 'react';

// One shared ticking clock for every age label, instead of a timer per label.
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((notify) => notify());
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/**
 * What `read` makes of the current time, re-rendering only when that changes (by Object.is): a
 * "5 min ago" label costs one cheap call a second, not a render.
 */
export function useClockValue<T>(read: (now: number) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => read(now),
    () => read(now),
  );
}

/** The current time, re-rendering once a second while mounted. */
export function useNow(): number {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => now,
  );
}
