// Judging the clock soak: after the first (warm-up) day, nothing may keep rising day over day.
import { slope } from './lib/stats.ts';
import type { DaySample } from './soak-clock-page.ts';
import { HEAP_BUDGET_BYTES } from './soak-verdict.ts';

export interface DayTrend {
  measure: string;
  /** Fitted slope per day × the days after warm-up: what the run says would have accumulated. */
  growth: number;
  tolerance: number;
  flat: boolean;
}

type Measure = [string, (sample: DaySample) => number, (level: number) => number];

const MEASURES: Measure[] = [
  ['JS heap (MB)', (s) => s.heapBytes / 1024 / 1024, () => HEAP_BUDGET_BYTES / 1024 / 1024],
  ['DOM nodes', (s) => s.nodes, (level) => Math.max(50, 0.02 * level)],
  ['listeners', (s) => s.listeners, (level) => Math.max(10, 0.02 * level)],
  ['query cache entries', (s) => s.queries, (level) => Math.max(3, 0.05 * level)],
  ['requests / sim. hour', (s) => s.requestsPerHour, (level) => Math.max(5, 0.1 * level)],
  ['reconnects / day', (s) => s.reconnects, (level) => Math.max(3, 0.2 * level)],
];

export function judgeDays(samples: readonly DaySample[]): DayTrend[] {
  const steady = samples.filter((sample) => sample.day > 1);
  const days = steady.map((sample) => sample.day);
  const span = days.length > 1 ? days[days.length - 1] - days[0] : 0;
  return MEASURES.map(([measure, read, allowed]) => {
    const values = steady.map(read);
    const growth = slope(days, values) * span;
    const tolerance = allowed(values[0] ?? 0);
    return { measure, growth, tolerance, flat: Number.isFinite(growth) && growth <= tolerance };
  });
}
