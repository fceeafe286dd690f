import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { MAX_SERVER_DELAY_MS } from '../api/retry-after.ts';
import { retryDelay, shouldRetry } from './retry-policy.ts';

const failure = (status: number, retryAfterSeconds: number | null = null) =>
  new ApiError(`HTTP ${status}`, { status, code: `http_${status}`, retryAfterSeconds });

afterEach(() => void vi.restoreAllMocks());

describe('shouldRetry', () => {
  it('retries network failures, 429 and 5xx twice at most', () => {
    for (const status of [0, 429, 500, 503]) {
      expect(shouldRetry(0, failure(status))).toBe(true);
      expect(shouldRetry(1, failure(status))).toBe(true);
      expect(shouldRetry(2, failure(status))).toBe(false);
    }
  });

  it('never retries other 4xx or errors that are not from the API', () => {
    for (const status of [400, 401, 403, 404, 422])
      expect(shouldRetry(0, failure(status))).toBe(false);
    expect(shouldRetry(0, new TypeError('bug'))).toBe(false);
  });
});

describe('retryDelay', () => {
  it('backs off exponentially with jitter between half and the whole step, up to 30 s', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect([0, 1, 2, 5, 9].map((count) => retryDelay(count, failure(500)))).toEqual([
      500, 1_000, 2_000, 15_000, 15_000,
    ]);
    vi.spyOn(Math, 'random').mockReturnValue(1);
    expect(retryDelay(9, failure(500))).toBe(30_000);
  });

  it('waits for Retry-After, but never less than the backoff', () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    expect(retryDelay(1, failure(429, 20))).toBe(20_000);
    expect(retryDelay(1, failure(429, 0))).toBe(2_000);
  });

  it('caps a Retry-After that a 32-bit timer cannot hold', () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    expect(retryDelay(0, failure(429, 2_147_484))).toBe(MAX_SERVER_DELAY_MS);
    expect(retryDelay(0, failure(503, Number.MAX_SAFE_INTEGER))).toBe(MAX_SERVER_DELAY_MS);
  });
});
