/**
 * Seconds to wait from a `Retry-After` header: either delta-seconds or an HTTP date.
 * Null when absent or unreadable, so callers fall back to their own backoff.
 */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (value === '') return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value));
  // Only a date-shaped value counts: Date.parse accepts oddities such as "1" or "-5".
  if (!/[a-z]/i.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  // A date in the past means "now"; round up so a retry never comes early.
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Five minutes: the longest wait a server may impose; setTimeout's 32-bit delay overflows later. */
export const MAX_SERVER_DELAY_MS = 5 * 60_000;

/** A server-given wait (Retry-After, `retry:`), capped, and never shorter than our own backoff. */
export function serverDelayMs(requestedMs: number | null, backoffMs: number): number {
  if (requestedMs === null || Number.isNaN(requestedMs)) return backoffMs;
  return Math.max(backoffMs, Math.min(MAX_SERVER_DELAY_MS, requestedMs));
}
