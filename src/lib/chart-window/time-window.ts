// A time window on a chart's x-axis ([from, to] in epoch ms): reading it from a URL, the rows in
// it, and the keyboard maths (zoom around a point, pan) that keeps it inside the period.

export type TimeWindow = readonly [from: number, to: number];

/** The narrowest window zooming may reach: below this a chart shows one or two samples. */
export const MIN_WINDOW_MS = 60_000;

/** A URL time: epoch milliseconds ("1764590400000") or ISO 8601; null when it is neither. */
export function parseTimeParam(raw: string | null | undefined): number | null {
  const text = raw?.trim();
  if (!text) return null;
  const t = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  return Number.isFinite(t) ? t : null;
}

/** from/to from a URL; null unless both parse and from < to. */
export function parseWindowParams(
  from: string | null | undefined,
  to: string | null | undefined,
): TimeWindow | null {
  const start = parseTimeParam(from);
  const end = parseTimeParam(to);
  return start !== null && end !== null && start < end ? [start, end] : null;
}

/** First index whose t is >= target (rows sorted by t). */
function lowerBound(rows: readonly { t: number }[], target: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rows[middle].t < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The rows inside the window (sorted by t), plus `pad` rows either side so a line drawn from
 * them reaches the window's edges. Returns the same array when nothing is cut.
 */
export function rowsInWindow<R extends { t: number }>(
  rows: readonly R[],
  window: TimeWindow,
  pad = 0,
): readonly R[] {
  const start = Math.max(0, lowerBound(rows, window[0]) - pad);
  const end = Math.min(rows.length, lowerBound(rows, window[1] + 1) + pad);
  return start === 0 && end === rows.length ? rows : rows.slice(start, end);
}

/** Moves a window inside the bounds without changing its width (shrinks it if it is wider). */
export function clampWindow(window: TimeWindow, bounds: TimeWindow): TimeWindow {
  const width = Math.min(window[1] - window[0], bounds[1] - bounds[0]);
  const from = Math.min(Math.max(window[0], bounds[0]), bounds[1] - width);
  return [from, from + width];
}

/**
 * Zooms by `factor` (0.5 = twice as close) keeping `centre` where it is on screen; null when the
 * result covers the whole of the bounds (that is no zoom at all).
 */
export function zoomAround(
  window: TimeWindow,
  centre: number,
  factor: number,
  bounds: TimeWindow,
): TimeWindow | null {
  const width = window[1] - window[0];
  const nextWidth = Math.max(MIN_WINDOW_MS, width * factor);
  if (nextWidth >= bounds[1] - bounds[0]) return null;
  const anchor = Math.min(Math.max(centre, window[0]), window[1]);
  const share = width > 0 ? (anchor - window[0]) / width : 0.5;
  const from = anchor - share * nextWidth;
  return clampWindow([from, from + nextWidth], bounds);
}

/** Pans by a fraction of the window's width (negative: back in time), staying inside the bounds. */
export function panWindow(window: TimeWindow, fraction: number, bounds: TimeWindow): TimeWindow {
  const shift = (window[1] - window[0]) * fraction;
  return clampWindow([window[0] + shift, window[1] + shift], bounds);
}

/** A window from two x positions of a drag, in any order; null when it is too narrow to mean it. */
export function windowFromDrag(a: number, b: number, minMs = MIN_WINDOW_MS / 4): TimeWindow | null {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  return to - from >= minMs ? [Math.round(from), Math.round(to)] : null;
}
