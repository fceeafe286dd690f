import { ApiError } from '../api/api-error.ts';

const MAX_RETRIES = 2;

/** Retry only what a retry can fix: network trouble, timeouts and 5xx; never 4xx (except 429). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!(error instanceof ApiError)) return false;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

/** Exponential backoff with jitter, never sooner than the server's Retry-After. */
export function retryDelay(failureCount: number, error: unknown): number {
  const backoff = Math.min(30_000, 1_000 * 2 ** failureCount) * (0.5 + Math.random() / 2);
  const retryAfterMs =
    error instanceof ApiError && error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : 0;
  return Math.max(backoff, retryAfterMs);
}
