import { PERIODS, type Period } from './types.ts';

export interface PeriodSpec {
  /** For a period picker: "1 h". */
  label: string;
  /** For headings and screen readers: "Last hour". */
  longLabel: string;
  durationMs: number;
  /** The sample step we expect from the API (undocumented; used to spot gaps). */
  expectedStepMs: number;
  historyRefetchMs: number;
  staleTimeMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

// staleTime equals the refetch interval: history is fresh until the next scheduled poll.
export const PERIOD_SPECS: Readonly<Record<Period, PeriodSpec>> = {
  '1h': {
    label: '1 h',
    longLabel: 'Last hour',
    durationMs: HOUR,
    expectedStepMs: 30 * SECOND,
    historyRefetchMs: 30 * SECOND,
    staleTimeMs: 30 * SECOND,
  },
  '6h': {
    label: '6 h',
    longLabel: 'Last 6 hours',
    durationMs: 6 * HOUR,
    expectedStepMs: MINUTE,
    historyRefetchMs: MINUTE,
    staleTimeMs: MINUTE,
  },
  '24h': {
    label: '24 h',
    longLabel: 'Last 24 hours',
    durationMs: 24 * HOUR,
    expectedStepMs: 5 * MINUTE,
    historyRefetchMs: 2 * MINUTE,
    staleTimeMs: 2 * MINUTE,
  },
  '7d': {
    label: '7 d',
    longLabel: 'Last 7 days',
    durationMs: 7 * 24 * HOUR,
    expectedStepMs: 15 * MINUTE,
    historyRefetchMs: 5 * MINUTE,
    staleTimeMs: 5 * MINUTE,
  },
};

export const DEFAULT_PERIOD: Period = '1h';

export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && (PERIODS as readonly string[]).includes(value);
}

/** Reads a period from a URL parameter; anything unrecognised becomes the default, no error. */
export function parsePeriod(raw: string | null | undefined): Period {
  const value = raw?.trim().toLowerCase();
  return isPeriod(value) ? value : DEFAULT_PERIOD;
}
