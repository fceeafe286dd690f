import { describe, expect, it } from 'vitest';
import { ApiError, networkError, timeoutError } from '../api/api-error.ts';
import {
  OUTCOME_WINDOW_MS,
  createConnectionTracker,
  outcomeOfError,
} from './connection-banner-state.ts';

describe('outcomeOfError', () => {
  it('counts no response, timeouts and 5xx as unreachable', () => {
    expect(outcomeOfError(networkError(new TypeError('Failed to fetch')))).toBe('unreachable');
    expect(outcomeOfError(timeoutError(15_000))).toBe('unreachable');
    expect(outcomeOfError(new ApiError('Bad gateway', { status: 502, code: 'http_502' }))).toBe(
      'unreachable',
    );
    expect(outcomeOfError(new TypeError('Failed to fetch'))).toBe('unreachable');
  });

  it('counts any 4xx as an answer, and ignores cancellations', () => {
    expect(outcomeOfError(new ApiError('Not found', { status: 404, code: 'http_404' }))).toBe(
      'answered',
    );
    expect(outcomeOfError(new ApiError('Slow down', { status: 429, code: 'http_429' }))).toBe(
      'answered',
    );
    expect(outcomeOfError(new DOMException('Aborted', 'AbortError'))).toBe('ignored');
  });
});

describe('connection tracker', () => {
  it('is lost once every query fails, and remembers the last contact', () => {
    const tracker = createConnectionTracker();
    tracker.record('servers', 'answered', 1000);
    tracker.record('instances', 'answered', 1500);
    tracker.record('servers', 'unreachable', 30_000);
    expect(tracker.view(30_000).isLost).toBe(false);
    tracker.record('instances', 'unreachable', 31_000);
    expect(tracker.view(31_000)).toEqual({ isLost: true, lastContactAt: 1500 });
  });

  it('is not lost when one endpoint fails while others answer', () => {
    const tracker = createConnectionTracker();
    tracker.record('server', 'answered', 1000);
    tracker.record('history-1h', 'unreachable', 2000);
    tracker.record('history-24h', 'unreachable', 3000);
    expect(tracker.view(3000).isLost).toBe(false);
  });

  it('recovers with the first answer', () => {
    const tracker = createConnectionTracker();
    tracker.record('a', 'unreachable', 1000);
    tracker.record('b', 'unreachable', 1000);
    expect(tracker.view(1000)).toEqual({ isLost: true, lastContactAt: null });
    tracker.record('a', 'answered', 9000);
    expect(tracker.view(9000)).toEqual({ isLost: false, lastContactAt: 9000 });
  });

  it('forgets queries it has not heard from for a while, or that left the cache', () => {
    const tracker = createConnectionTracker();
    tracker.record('slow', 'answered', 0);
    tracker.record('a', 'unreachable', OUTCOME_WINDOW_MS);
    tracker.record('b', 'unreachable', OUTCOME_WINDOW_MS + 1);
    expect(tracker.view(OUTCOME_WINDOW_MS + 1).isLost).toBe(true);
    tracker.forget('b');
    tracker.record('c', 'answered', OUTCOME_WINDOW_MS + 2);
    expect(tracker.view(OUTCOME_WINDOW_MS + 2).isLost).toBe(false);
  });

  it('takes a single failing query as lost only when it is the only one', () => {
    const tracker = createConnectionTracker();
    tracker.record('only', 'unreachable', 1000);
    expect(tracker.view(1000).isLost).toBe(true);
    tracker.record('other', 'ignored', 1000);
    expect(tracker.view(1000).isLost).toBe(true);
  });

  it('starts from the last contact of an earlier page load, and moves on with new answers', () => {
    const tracker = createConnectionTracker(OUTCOME_WINDOW_MS, 5_000);
    tracker.record('a', 'unreachable', 9_000);
    expect(tracker.view(9_000)).toEqual({ isLost: true, lastContactAt: 5_000 });
    tracker.record('a', 'answered', 10_000);
    expect(tracker.view(10_000)).toEqual({ isLost: false, lastContactAt: 10_000 });
  });
});
