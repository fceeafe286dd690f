// Judging a soak: slopes after warm-up, growth over the run, and whether it stayed flat.
import { slope } from './lib/stats.ts';
import type { SoakSample } from './soak-page.ts';

export const EVENTS_PER_DAY = 8_640; // One event every 10 s.
export const HEAP_BUDGET_BYTES = 5 * 1024 * 1024;

export interface Trend {
  /** Change per simulated day, from the least-squares line after warm-up. */
  perDay: number;
  /** That slope over the whole run (all its events): the growth the run says it would have. */
  overRun: number;
  /** Last sample minus the first after warm-up. */
  observed: number;
  tolerance: number;
  flat: boolean;
}

export interface SoakVerdict {
  heap: Trend;
  nodes: Trend;
  listeners: Trend;
  flat: boolean;
}

function trend(
  samples: readonly SoakSample[],
  read: (sample: SoakSample) => number,
  runEvents: number,
  tolerance: number,
): Trend {
  const perEvent = slope(
    samples.map((sample) => sample.events),
    samples.map(read),
  );
  const overRun = perEvent * runEvents;
  return {
    perDay: perEvent * EVENTS_PER_DAY,
    overRun,
    observed: samples.length ? read(samples[samples.length - 1]) - read(samples[0]) : 0,
    tolerance,
    flat: overRun <= tolerance,
  };
}

/**
 * Heap may grow by at most 5 MB over the run; DOM nodes and listeners count as growing when the
 * fitted line rises by more than 2 % of their level (at least 50 nodes / 10 listeners).
 */
export function judgeSoak(
  samples: readonly SoakSample[],
  warmupEvents: number,
  runEvents: number,
): SoakVerdict {
  const steady = samples.filter((sample) => sample.events >= warmupEvents);
  const level = (read: (sample: SoakSample) => number) => (steady.length ? read(steady[0]) : 0);
  const heap = trend(steady, (s) => s.heapBytes, runEvents, HEAP_BUDGET_BYTES);
  const nodes = trend(
    steady,
    (s) => s.nodes,
    runEvents,
    Math.max(50, 0.02 * level((s) => s.nodes)),
  );
  const listeners = trend(
    steady,
    (s) => s.listeners,
    runEvents,
    Math.max(10, 0.02 * level((s) => s.listeners)),
  );
  return { heap, nodes, listeners, flat: heap.flat && nodes.flat && listeners.flat };
}
