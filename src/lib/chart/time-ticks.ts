// Time-axis ticks on round instants (every 5 min, 1 h, 1 day…), computed once per window so the
// chart library never has to measure tick labels against each other (a forced layout per label).
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const STEPS = [
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
];

/**
 * At most `maxTicks` round instants inside [from, to]; `offsetMs` is the time zone's offset from
 * UTC, so hour and day ticks land on the local clock's round hours and midnights.
 */
export function timeTicks(
  window: readonly [number, number],
  maxTicks: number,
  offsetMs = 0,
): number[] {
  const [from, to] = window;
  const span = to - from;
  if (!(span > 0) || !Number.isFinite(span) || maxTicks < 1) return [];
  const step = STEPS.find((candidate) => span / candidate <= maxTicks) ?? STEPS[STEPS.length - 1];
  const ticks: number[] = [];
  for (let t = Math.ceil((from + offsetMs) / step) * step - offsetMs; t <= to; t += step) {
    ticks.push(t);
  }
  return ticks;
}
