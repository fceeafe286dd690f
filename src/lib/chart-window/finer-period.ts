// oCore offers only fixed windows ending now (1h/6h/24h/7d), each at its own resolution. A zoom
// into the recent part of a long period can be drawn from a shorter period's finer samples.
import { PERIODS, type Period } from '../../model/types.ts';
import { PERIOD_SPECS } from '../../model/periods.ts';
import type { TimeWindow } from './time-window.ts';

/**
 * The shortest period, shorter than `period`, whose window (ending at `liveEnd`) holds the whole
 * zoom window; null when the zoom reaches back further than any of them.
 */
export function finerPeriodFor(
  period: Period,
  zoom: TimeWindow | null,
  liveEnd: number,
): Period | null {
  if (!zoom) return null;
  for (const candidate of PERIODS) {
    if (candidate === period) return null;
    if (zoom[0] >= liveEnd - PERIOD_SPECS[candidate].durationMs) return candidate;
  }
  return null;
}

/**
 * The coarse rows before the finer data starts, then the finer rows: the chart draws the finer
 * samples wherever they exist and the coarse ones elsewhere.
 */
export function spliceFinerRows<R extends { t: number }>(
  coarse: readonly R[],
  finer: readonly R[],
): R[] {
  if (finer.length === 0) return coarse.slice();
  const start = finer[0].t;
  const before = coarse.filter((row) => row.t < start);
  return before.concat(finer);
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

function stepText(stepMs: number): string {
  if (stepMs < MINUTE) return `${Math.round(stepMs / SECOND)} s`;
  if (stepMs < 60 * MINUTE) return `${Math.round(stepMs / MINUTE)} min`;
  return `${Math.round(stepMs / (60 * MINUTE))} h`;
}

/** "30 s samples" at the agent's cadence, "15 min averages" for anything coarser. */
export function resolutionLabel(stepMs: number, rawStepMs = 30 * SECOND): string {
  return stepMs <= rawStepMs ? `${stepText(stepMs)} samples` : `${stepText(stepMs)} averages`;
}

/** What a zoomed card says about the data it draws in the window. */
export function resolutionNote(options: {
  period: Period;
  zoom: TimeWindow | null;
  stepMs: number;
  finer: { period: Period; stepMs: number; isLoading: boolean; failed?: boolean } | null;
}): string {
  const { period, zoom, stepMs, finer } = options;
  const coarse = resolutionLabel(stepMs);
  if (!zoom || period === PERIODS[0]) return coarse;
  if (!finer) {
    const longestShorter = PERIODS[PERIODS.indexOf(period) - 1];
    return `${coarse} · reaches back beyond the ${PERIOD_SPECS[longestShorter].longLabel.toLowerCase()}: no finer data kept`;
  }
  if (finer.failed)
    return `${coarse} · the finer ${PERIOD_SPECS[finer.period].label} data could not be loaded`;
  if (finer.isLoading) return `${coarse} · loading finer data…`;
  return `${resolutionLabel(finer.stepMs)} (from the ${PERIOD_SPECS[finer.period].label} data)`;
}
