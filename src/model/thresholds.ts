// The one place where "how bad is this number" is decided, so badges, bars and legends agree.
import { TONE_ORDER, type Tone } from './fleet/status-tone.ts';
import { isFiniteNumber } from './validity.ts';

/** How bad a number is: the same four words as a status tone. */
export type Severity = Tone;

/** CPU, memory and disk usage in percent. */
export const PERCENT_WARNING = 80;
export const PERCENT_CRITICAL = 90;
/** Load average as a multiple of the core count; strictly above it counts. */
export const LOAD_WARNING_PER_CORE = 1;
export const LOAD_CRITICAL_PER_CORE = 2;

export interface ThresholdRule {
  metric: string;
  warning: string;
  critical: string;
  /** One legend line. */
  text: string;
}

export const THRESHOLD_RULES: readonly ThresholdRule[] = [
  {
    metric: 'CPU, memory, disk',
    warning: `≥ ${PERCENT_WARNING} %`,
    critical: `≥ ${PERCENT_CRITICAL} %`,
    text: `CPU, memory, disk: warning ≥ ${PERCENT_WARNING} %, critical ≥ ${PERCENT_CRITICAL} %`,
  },
  {
    metric: 'Load',
    warning: 'above core count',
    critical: `above ${LOAD_CRITICAL_PER_CORE}× cores`,
    text: `Load: warning above core count, critical above ${LOAD_CRITICAL_PER_CORE}× cores`,
  },
];

export function percentSeverity(value: number | null): Severity {
  if (!isFiniteNumber(value)) return 'unknown';
  if (value >= PERCENT_CRITICAL) return 'critical';
  if (value >= PERCENT_WARNING) return 'warning';
  return 'ok';
}

/** Load needs the core count to mean anything; without it the answer is 'unknown'. */
export function loadSeverity(load1m: number | null, cores: number | null): Severity {
  if (!isFiniteNumber(load1m) || !isFiniteNumber(cores) || cores <= 0) return 'unknown';
  if (load1m > cores * LOAD_CRITICAL_PER_CORE) return 'critical';
  if (load1m > cores * LOAD_WARNING_PER_CORE) return 'warning';
  return 'ok';
}

/** The most severe of the given severities; 'unknown' when none are given. */
export function worstSeverity(...severities: Severity[]): Severity {
  let worst: Severity | null = null;
  for (const severity of severities) {
    if (worst === null || TONE_ORDER[severity] < TONE_ORDER[worst]) worst = severity;
  }
  return worst ?? 'unknown';
}

const LABELS: Record<Severity, string> = {
  ok: 'OK',
  warning: 'Warning',
  critical: 'Critical',
  unknown: 'Unknown',
};

export function severityLabel(severity: Severity): string {
  return LABELS[severity];
}
