// Shared handling for metric endpoints: the period parameter, resolution, and malformed faults.
import type { Context } from 'hono';
import type { MalformedKind } from '../faults/faults.ts';
import { malformSample, malformSamples, renderJson } from '../faults/malformed.ts';
import { jsonError, notFound } from './respond.ts';
import {
  PERIODS,
  PERIOD_MS,
  PERIOD_STEP_MS,
  RAW_STEP_MS,
  isPeriod,
  type Period,
} from '../series/timeline.ts';

export interface HistoryWindow {
  period: Period;
  periodMs: number;
  stepMs: number;
}

/** The requested window, or a 400 response for an unknown period. */
export function historyWindow(c: Context, dense: boolean): HistoryWindow | Response {
  const period = c.req.query('period') ?? '1h';
  if (!isPeriod(period)) {
    return jsonError(
      c,
      400,
      'invalid_period',
      `Unknown period "${period}"; use one of ${PERIODS.join(', ')}`,
    );
  }
  const stepMs = dense ? RAW_STEP_MS : PERIOD_STEP_MS[period];
  return { period, periodMs: PERIOD_MS[period], stepMs };
}

function jsonText(c: Context, text: string): Response {
  return c.body(text, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
}

/** Sends a history, garbled per the malformed fault; `wrap` builds the envelope. */
export function sendHistory(
  c: Context,
  malformed: MalformedKind | null,
  samples: object[],
  wrap: (metrics: object[]) => object,
): Response {
  const metrics = malformed
    ? malformSamples(malformed, samples as Record<string, unknown>[])
    : samples;
  return jsonText(c, renderJson(malformed, wrap(metrics)));
}

/** Sends one sample (garbled per the fault), or a 404 when there is none yet. */
export function sendLatest(
  c: Context,
  malformed: MalformedKind | null,
  sample: object | null,
  subject: string,
): Response {
  if (!sample) return notFound(c, `No metrics yet for ${subject}`);
  const body = malformed ? malformSample(malformed, sample as Record<string, unknown>, 0) : sample;
  return jsonText(c, renderJson(malformed, body));
}
