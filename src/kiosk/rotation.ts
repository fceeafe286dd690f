// Rotation (`rotate=30`, optional `servers=a,b`): the wall, then each server page, forever. The
// position comes from the clock, so a reload, a crash or a second screen lands on the same step.

export interface Rotation {
  intervalMs: number;
  /** Only these servers, in this order; null means every server in the fleet. */
  serverIds: string[] | null;
}

export const MIN_ROTATION_MS = 2_000;
export const MAX_ROTATION_MS = 60 * 60_000;

/** `rotate` in seconds (clamped to 2 s – 1 h) and an optional comma-separated server list. */
export function parseRotation(rotate: string, servers: string | null): Rotation | null {
  const seconds = Number(rotate.trim());
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  const intervalMs = Math.min(MAX_ROTATION_MS, Math.max(MIN_ROTATION_MS, seconds * 1000));
  const ids = (servers ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return { intervalMs, serverIds: ids.length > 0 ? [...new Set(ids)] : null };
}

/** Which step of `stepCount` is on screen at `now`; steps start on multiples of the interval. */
export function stepIndexAt(now: number, intervalMs: number, stepCount: number): number {
  if (stepCount <= 0) return 0;
  const slot = Math.floor(now / intervalMs);
  return ((slot % stepCount) + stepCount) % stepCount;
}

/** How long until the next step starts (always > 0). */
export function msUntilNextStep(now: number, intervalMs: number): number {
  const intoSlot = ((now % intervalMs) + intervalMs) % intervalMs;
  return intervalMs - intoSlot;
}

/** The pages the rotation shows, in order: the wall first, then one per server. */
export function rotationSteps(
  wallPath: string,
  serverPath: (id: string) => string,
  serverIds: readonly string[],
): string[] {
  return [wallPath, ...serverIds.map(serverPath)];
}

export interface RotationTimerOptions {
  intervalMs: number;
  onStep: (now: number) => void;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Calls `onStep` at every step boundary until stopped. An error thrown by one step is reported and
 * the next step is still scheduled: a rotation must never stop by itself.
 */
export function startRotationTimer({
  intervalMs,
  onStep,
  now = Date.now,
  setTimer = (run, ms) => setTimeout(run, ms),
  clearTimer = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}: RotationTimerOptions): () => void {
  let handle: unknown = null;
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    // A few ms past the boundary, so the step index has surely moved on.
    handle = setTimer(tick, msUntilNextStep(now(), intervalMs) + 20);
  };
  const tick = () => {
    try {
      onStep(now());
    } catch (error) {
      console.error('Rotation step failed; continuing', error);
    } finally {
      schedule();
    }
  };
  schedule();
  return () => {
    stopped = true;
    clearTimer(handle);
  };
}
