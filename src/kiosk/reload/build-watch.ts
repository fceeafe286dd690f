// Notices a new deployment: the build writes its id to /build.json (vite.config.ts) and bakes the
// same id into the bundle; a different id on the server means this tab runs yesterday's code.

/** The id baked into this bundle; "dev" under the dev server and in tests, where nothing is built. */
export const RUNNING_BUILD_ID: string =
  typeof import.meta.env.VITE_BUILD_ID === 'string' ? import.meta.env.VITE_BUILD_ID : 'dev';

export const BUILD_CHECK_INTERVAL_MS = 5 * 60_000;

/** True only for a readable, different id; an unreadable answer never triggers a reload. */
export function isNewBuild(runningId: string, body: unknown): boolean {
  if (runningId === 'dev') return false;
  if (typeof body !== 'object' || body === null) return false;
  const id = (body as { id?: unknown }).id;
  return typeof id === 'string' && id.trim() !== '' && id !== runningId;
}

export interface BuildWatchOptions {
  onNewBuild: () => void;
  runningId?: string;
  url?: string;
  intervalMs?: number;
  fetch?: typeof fetch;
}

/** Checks /build.json every few minutes (never from cache); stops after the first new build. */
export function watchBuild({
  onNewBuild,
  runningId = RUNNING_BUILD_ID,
  url = '/build.json',
  intervalMs = BUILD_CHECK_INTERVAL_MS,
  fetch: fetchFn = (...args) => fetch(...args),
}: BuildWatchOptions): () => void {
  if (runningId === 'dev') return () => {};
  let stopped = false;
  const check = async () => {
    try {
      const response = await fetchFn(url, { cache: 'no-store' });
      if (!response.ok || stopped) return;
      if (isNewBuild(runningId, await response.json())) {
        stopped = true;
        clearInterval(timer);
        onNewBuild();
      }
    } catch {
      // Offline or a half-deployed server: ask again next time.
    }
  };
  const timer = setInterval(() => void check(), intervalMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
