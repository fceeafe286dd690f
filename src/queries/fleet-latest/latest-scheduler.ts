// One screen's "latest" polling for a whole fleet, within a stated request budget: the servers on
// screen (and so the worst) every refresh, the rest in rotation with what the budget leaves.
import type { LatestServerSamples } from '../../model/fleet/fleet-rows.ts';
import type { ServerSample } from '../../model/types.ts';

/** One server's newest copy: the two newest samples, when the copy arrived, the last failure. */
export interface LatestCopy extends LatestServerSamples {
  /** When this copy was received (ms, 0 = never); the screen says how old it is. */
  fetchedAt: number;
  /** The newest attempt failed: the copy is kept and the error said beside it. */
  error: unknown;
}

export interface LatestSchedulerOptions {
  /** Resolves the newest sample, null when the server has not reported yet. */
  fetchLatest: (serverId: string, signal: AbortSignal) => Promise<ServerSample | null>;
  /**
   * The most requests this scheduler starts in any minute. Up to `burst` of them may go at once
   * (a screen's first tiles fill together); the rest are spread evenly.
   */
  requestsPerMinute: number;
  burst?: number;
  /** A copy younger than this is never asked for again. */
  refreshMs: number;
  /** At most this many requests in flight. */
  maxInFlight?: number;
  /** Listeners hear of new copies at most this often (a 1,000-server screen re-ranks once). */
  notifyEveryMs?: number;
  now?: () => number;
}

export type LatestCopies = ReadonlyMap<string, LatestCopy>;

export interface LatestScheduler {
  /** The fleet, in the order to fill gaps (worst first); copies of servers gone are dropped. */
  setServers(ids: readonly string[]): void;
  /** Servers the screen shows now: fetched first and kept within `refreshMs`. */
  setPriority(ids: readonly string[]): void;
  /** Asks again, at once, for every server whose newest attempt failed. */
  retryFailed(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): LatestCopies;
}

export function createLatestScheduler(options: LatestSchedulerOptions): LatestScheduler {
  const now = options.now ?? Date.now;
  const maxInFlight = options.maxInFlight ?? 6;
  const notifyEveryMs = options.notifyEveryMs ?? 1000;
  const burst = Math.max(1, Math.min(options.burst ?? 20, options.requestsPerMinute / 2));
  // Tokens refill so that a full bucket plus a minute's refill never exceeds the budget.
  const refillPerMs = Math.max(1, options.requestsPerMinute - burst) / 60_000;
  let tokens = burst;
  let tokensAt = now();
  let servers: readonly string[] = [];
  let serverSet = new Set<string>();
  let priority: readonly string[] = [];
  const copies = new Map<string, LatestCopy>();
  /** When each server was last asked (success or not), so failures wait their turn too. */
  const askedAt = new Map<string, number>();
  const inFlight = new Map<string, AbortController>();
  const listeners = new Set<() => void>();
  let snapshot: LatestCopies = new Map();
  let tickTimer: ReturnType<typeof setTimeout> | null = null;
  let notifyTimer: ReturnType<typeof setTimeout> | null = null;
  let lastNotifyAt = -Infinity;
  let pendingSince: number | null = null;

  function tokensNow(at: number): number {
    tokens = Math.min(burst, tokens + (at - tokensAt) * refillPerMs);
    tokensAt = at;
    return tokens;
  }

  const isDue = (id: string, at: number) =>
    !inFlight.has(id) && at - (askedAt.get(id) ?? -Infinity) >= options.refreshMs;

  /** On screen first (in screen order), then never asked, then the oldest copy. */
  function nextDue(at: number): string | null {
    for (const id of priority) if (isDue(id, at)) return id;
    let oldest: string | null = null;
    let oldestAt = Infinity;
    for (const id of servers) {
      if (!isDue(id, at)) continue;
      const asked = askedAt.get(id);
      if (asked === undefined) return id;
      if (asked < oldestAt) [oldest, oldestAt] = [id, asked];
    }
    return oldest;
  }

  function publish() {
    notifyTimer = null;
    pendingSince = null;
    lastNotifyAt = now();
    snapshot = new Map(copies);
    listeners.forEach((listener) => listener());
  }

  /** Tells listeners once the requests in flight are in (a burst re-sorts a screen once), and
   * at most every `notifyEveryMs`. */
  function changed() {
    const at = now();
    pendingSince ??= at;
    if (notifyTimer !== null) clearTimeout(notifyTimer);
    const settledAt = inFlight.size === 0 ? at : pendingSince + notifyEveryMs;
    const dueAt = Math.max(lastNotifyAt + notifyEveryMs, settledAt);
    notifyTimer = setTimeout(publish, Math.max(0, dueAt - at));
  }

  async function ask(id: string) {
    const controller = new AbortController();
    const askedBefore = askedAt.get(id);
    inFlight.set(id, controller);
    askedAt.set(id, now());
    try {
      const sample = await options.fetchLatest(id, controller.signal);
      const old = copies.get(id);
      const isNewer = !!sample && !!old?.sample && sample.collectedAt > old.sample.collectedAt;
      const previous = isNewer ? (old?.sample ?? null) : (old?.previous ?? null);
      if (serverSet.has(id)) copies.set(id, { sample, previous, fetchedAt: now(), error: null });
    } catch (error) {
      if (controller.signal.aborted) {
        // Given up (screen left, server gone): not asked after all.
        if (askedBefore === undefined) askedAt.delete(id);
        else askedAt.set(id, askedBefore);
        return;
      }
      const old = copies.get(id);
      copies.set(id, {
        sample: old?.sample ?? null,
        previous: old?.previous ?? null,
        fetchedAt: old?.fetchedAt ?? 0,
        error,
      });
    } finally {
      inFlight.delete(id);
    }
    changed();
    schedule();
  }

  function tick() {
    tickTimer = null;
    if (listeners.size === 0) return;
    const at = now();
    while (inFlight.size < maxInFlight && tokensNow(at) >= 1) {
      const id = nextDue(at);
      if (id === null) break;
      tokens -= 1;
      void ask(id);
    }
    schedule();
  }

  /** The next look: when a token is back, or when the oldest copy falls due. */
  function schedule() {
    if (tickTimer !== null || listeners.size === 0 || inFlight.size >= maxInFlight) return;
    const at = now();
    let dueAt = Infinity;
    for (const id of servers) {
      if (inFlight.has(id)) continue;
      dueAt = Math.min(dueAt, (askedAt.get(id) ?? -Infinity) + options.refreshMs);
    }
    if (dueAt === Infinity) return;
    const tokenWait = (1 - tokensNow(at)) / refillPerMs;
    const wait = Math.max(tokenWait, dueAt - at, 0);
    tickTimer = setTimeout(tick, wait);
  }

  function reschedule() {
    if (tickTimer !== null) clearTimeout(tickTimer);
    tickTimer = null;
    schedule();
  }

  return {
    setServers(ids) {
      servers = ids;
      serverSet = new Set(ids);
      let dropped = false;
      for (const id of [...askedAt.keys()]) {
        if (serverSet.has(id)) continue;
        inFlight.get(id)?.abort();
        dropped = copies.delete(id) || dropped;
        askedAt.delete(id);
      }
      if (dropped) changed();
      reschedule();
    },
    setPriority(ids) {
      priority = ids;
      reschedule();
    },
    retryFailed() {
      for (const [id, copy] of copies) if (copy.error) askedAt.delete(id);
      reschedule();
    },
    subscribe(listener) {
      listeners.add(listener);
      reschedule();
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        inFlight.forEach((controller) => controller.abort());
        if (tickTimer !== null) clearTimeout(tickTimer);
        tickTimer = null;
      };
    },
    getSnapshot: () => snapshot,
  };
}
