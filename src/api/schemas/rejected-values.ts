// Values the API sent that no host can produce (CPU 4,000 %, used > total, "NaN") are read as null
// so nothing plots or judges them, but their wire text is kept here so the UI can show
// "invalid" with what was actually sent, instead of a silent "—".

import type { RejectedValues } from '../../model/types.ts';

const MAX_RAW_LENGTH = 40;

/** A wire value as short, inert display text: numbers and strings as sent, capped in length. */
export function rawText(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'object' && value !== null)
    text = Array.isArray(value) ? 'a list' : 'an object';
  else text = String(value);
  return text.length > MAX_RAW_LENGTH ? `${text.slice(0, MAX_RAW_LENGTH - 1)}…` : text;
}

/** Collects rejections while one sample is read; `result()` is undefined when there were none. */
export function rejectionLog() {
  let rejected: Record<string, string> | undefined;
  return {
    /** Returns `value`; notes `raw` under `field` when the API sent something but `value` is null. */
    keep<T>(field: string, raw: unknown, value: T | null): T | null {
      if (value === null && raw !== null && raw !== undefined) {
        (rejected ??= {})[field] = rawText(raw);
      }
      return value;
    },
    result: (): RejectedValues | undefined => rejected,
  };
}
