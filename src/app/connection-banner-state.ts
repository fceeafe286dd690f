// Whether the API is reachable at all, judged from every query's latest outcome: one failing
// endpoint is that panel's business; the connection is lost only when no query gets through.
import { isApiError, isServerError } from '../api/api-error.ts';

export type QueryOutcome = 'answered' | 'unreachable' | 'ignored';

export interface ConnectionView {
  isLost: boolean;
  /** When the API last answered anything (even a 4xx); null before the first answer. */
  lastContactAt: number | null;
}

/** A query not heard from for this long (slow refresh, left the page) no longer counts. */
export const OUTCOME_WINDOW_MS = 2 * 60_000;

/** No response, a timeout or a 5xx: the API (or its proxy) is not there. Cancellations say nothing. */
export function outcomeOfError(error: unknown): QueryOutcome {
  if (isApiError(error)) {
    return error.status === 0 || isServerError(error) ? 'unreachable' : 'answered';
  }
  if (error instanceof DOMException && error.name === 'AbortError') return 'ignored';
  // A fetch that threw before the client could wrap it.
  return error instanceof TypeError ? 'unreachable' : 'ignored';
}

export interface ConnectionTracker {
  /** Records a query's newest outcome (react-query has already retried it). */
  record(queryHash: string, outcome: QueryOutcome, at: number): void;
  /** A query left the cache. */
  forget(queryHash: string): void;
  view(now: number): ConnectionView;
}

/**
 * Lost when, among the queries heard from recently, none answered and at least two (or the only
 * one there is) could not reach the API.
 */
export function createConnectionTracker(
  windowMs = OUTCOME_WINDOW_MS,
  /** The last contact known before this page started (last-contact.ts). */
  lastContactBefore: number | null = null,
): ConnectionTracker {
  const latest = new Map<string, { outcome: 'answered' | 'unreachable'; at: number }>();
  let lastContactAt: number | null = lastContactBefore;
  return {
    record(queryHash, outcome, at) {
      if (outcome === 'ignored') return;
      latest.set(queryHash, { outcome, at });
      if (outcome === 'answered') lastContactAt = at;
    },
    forget(queryHash) {
      latest.delete(queryHash);
    },
    view(now) {
      let answered = 0;
      let unreachable = 0;
      for (const [queryHash, entry] of latest) {
        if (entry.at < now - windowMs) latest.delete(queryHash);
        else if (entry.outcome === 'answered') answered += 1;
        else unreachable += 1;
      }
      const isLost = answered === 0 && unreachable >= Math.min(2, latest.size) && unreachable > 0;
      return { isLost, lastContactAt };
    },
  };
}
