// Which instants a history contains: periods, their resolution, and step-aligned sample times.

export const PERIODS = ['1h', '6h', '24h', '7d'] as const;
export type Period = (typeof PERIODS)[number];

/** The agent pushes every 30 s; everything else is a downsampling of that cadence. */
export const RAW_STEP_MS = 30_000;

export const PERIOD_MS: Record<Period, number> = {
  '1h': 3_600_000,
  '6h': 21_600_000,
  '24h': 86_400_000,
  '7d': 604_800_000,
};

export const PERIOD_STEP_MS: Record<Period, number> = {
  '1h': 30_000,
  '6h': 60_000,
  '24h': 300_000,
  '7d': 900_000,
};

export function isPeriod(value: string): value is Period {
  return (PERIODS as readonly string[]).includes(value);
}

/** When an entity reports: first sample, optional cut-off, and outage windows with no samples. */
export interface ReportingWindow {
  /** null: the entity has never reported. */
  firstSampleMs: number | null;
  /** null: still reporting; otherwise the last instant it reported. */
  lastSampleMs: number | null;
  gaps: ReadonlyArray<readonly [number, number]>;
}

export function alignDown(t: number, stepMs: number): number {
  return Math.floor(t / stepMs) * stepMs;
}

/** Time of the newest raw sample at `now`, or null when the entity has none. */
export function newestSampleTime(window: ReportingWindow, now: number): number | null {
  if (window.firstSampleMs === null) return null;
  let newest = alignDown(now, RAW_STEP_MS);
  if (window.lastSampleMs !== null)
    newest = Math.min(newest, alignDown(window.lastSampleMs, RAW_STEP_MS));
  if (newest < window.firstSampleMs) return null;
  return newest;
}

export function inGap(window: ReportingWindow, t: number): boolean {
  return window.gaps.some(([from, to]) => t >= from && t < to);
}

/**
 * Sample instants for a history window ending now: step-aligned points inside the period, plus the
 * newest raw sample so a history always ends with what `latest` returns.
 */
export function historyTimes(
  window: ReportingWindow,
  now: number,
  periodMs: number,
  stepMs: number,
): number[] {
  const newest = newestSampleTime(window, now);
  if (newest === null || window.firstSampleMs === null) return [];
  const start = Math.max(now - periodMs, window.firstSampleMs - 1);
  const times: number[] = [];
  for (let t = alignDown(newest, stepMs); t > start; t -= stepMs) {
    if (!inGap(window, t)) times.push(t);
  }
  times.reverse();
  if (newest > start && times[times.length - 1] !== newest) times.push(newest);
  return times;
}
