import { ApiError, isRateLimited, isServerError } from '../api/api-error.ts';
import { serverDelayMs } from '../api/retry-after.ts';
import { backoffDelayMs } from './stream/backoff.ts';

const MAX_RETRIES = 2;

/** Retry only what a retry can fix: network trouble, timeouts and 5xx; never 4xx (except 429). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!(error instanceof ApiError)) return false;
  return error.status === 0 || isRateLimited(error) || isServerError(error);
}

/** Exponential backoff with jitter, never sooner than the server's Retry-After (capped at 5 min). */
export function retryDelay(failureCount: number, error: unknown): number {
  const backoff = backoffDelayMs(failureCount, atLeastHalf);
  const retryAfterSeconds = error instanceof ApiError ? error.retryAfterSeconds : null;
  return serverDelayMs(retryAfterSeconds === null ? null : retryAfterSeconds * 1000, backoff);
}

// A query retries at most twice, so each wait keeps at least half its step: no instant re-hit.
function atLeastHalf(): number {
  return 0.5 + Math.random() / 2;
}
