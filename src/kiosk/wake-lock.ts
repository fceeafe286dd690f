// Keeps a wall screen from sleeping: the Screen Wake Lock API, where the browser has it. The
// browser drops the lock whenever the page is hidden, so it is asked for again on return.

interface WakeLockSentinelLike {
  released: boolean;
  release(): Promise<void>;
  addEventListener(type: 'release', listener: () => void): void;
}

export interface WakeLockEnvironment {
  wakeLock?: { request(type: 'screen'): Promise<WakeLockSentinelLike> };
  document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  setTimeout: (run: () => void, ms: number) => unknown;
}

/** How long to wait before asking again after a refusal (e.g. battery saver). */
export const WAKE_LOCK_RETRY_MS = 60_000;

/** Holds the screen wake lock until the returned function is called; a no-op where unsupported. */
export function holdScreenWakeLock(
  environment: WakeLockEnvironment = {
    wakeLock: (navigator as { wakeLock?: WakeLockEnvironment['wakeLock'] }).wakeLock,
    document,
    setTimeout: (run, ms) => window.setTimeout(run, ms),
  },
): () => void {
  const { wakeLock, document: doc } = environment;
  if (!wakeLock) return () => {};
  let sentinel: WakeLockSentinelLike | null = null;
  let stopped = false;
  let requesting = false;

  const request = async () => {
    if (stopped || requesting || doc.visibilityState !== 'visible') return;
    if (sentinel && !sentinel.released) return;
    requesting = true;
    try {
      sentinel = await wakeLock.request('screen');
      if (stopped) void sentinel.release();
      // Lost without our asking (tab hidden, power policy): ask again once visible.
      else sentinel.addEventListener('release', () => void request());
    } catch {
      environment.setTimeout(() => void request(), WAKE_LOCK_RETRY_MS);
    } finally {
      requesting = false;
    }
  };
  const onVisibility = () => void request();

  doc.addEventListener('visibilitychange', onVisibility);
  void request();
  return () => {
    stopped = true;
    doc.removeEventListener('visibilitychange', onVisibility);
    if (sentinel && !sentinel.released) void sentinel.release().catch(() => {});
  };
}
