// Reloads wait for a quiet moment (right after a rotation step, or when nobody has touched the
// screen for a while) and for the server to answer: reloading into a dead server would leave the
// browser's own error page, which never recovers by itself.

export type ReloadReason = 'new-build' | 'safety' | 'error';

let pendingReason: ReloadReason | null = null;

export function requestQuietReload(reason: ReloadReason): void {
  pendingReason ??= reason;
}

export function pendingReload(): ReloadReason | null {
  return pendingReason;
}

/** How long without input counts as quiet: short on a kiosk, long where an operator may be reading. */
export function quietAfterMs({ kiosk, rotationMs }: { kiosk: boolean; rotationMs: number | null }) {
  // A rotating screen reloads at its next step; this is only the fallback.
  if (rotationMs !== null) return rotationMs * 2 + 5_000;
  return kiosk ? 15_000 : 10 * 60_000;
}

export const RELOAD_PROBE_RETRY_MS = 30_000;

/**
 * Goes to `url` (default: reload in place) once the server answers; until then asks again every
 * 30 s (or `retryMs`). Returns a function that cancels the wait.
 */
export function reloadWhenReachable(
  url: string | null = null,
  {
    fetch: fetchFn = (...args) => fetch(...args),
    go = (target: string | null) =>
      target === null ? window.location.reload() : window.location.assign(target),
    retryMs = RELOAD_PROBE_RETRY_MS,
  }: { fetch?: typeof fetch; go?: (target: string | null) => void; retryMs?: number } = {},
): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = async () => {
    try {
      const response = await fetchFn('/', { cache: 'no-store', method: 'HEAD' });
      if (cancelled) return;
      if (response.ok) return go(url);
    } catch {
      // Not reachable yet.
    }
    if (!cancelled) timer = setTimeout(() => void attempt(), retryMs);
  };
  void attempt();
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}
