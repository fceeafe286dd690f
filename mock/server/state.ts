// Live state of one mock instance: current faults, counters for tests, and open streams to close.
import { defaultFaults, type ErrorRule, type Faults } from '../faults/faults.ts';

export interface MockStats {
  openStreams: number;
  requests: number;
  streamConnects: number;
  /** Timers owned by open streams; 0 once every stream has cleaned up. */
  streamTimers: number;
  /** The newest event any stream sent (its id and data text), so tests can check what is shown. */
  lastStreamEvent: { id: number; data: string } | null;
}

export class MockState {
  faults: Faults;
  openStreams = 0;
  requests = 0;
  streamConnects = 0;
  streamTimers = 0;
  lastStreamEvent: MockStats['lastStreamEvent'] = null;
  /** Events sent by all streams since `streamStallAfter` was last set: the stall outlives reconnects. */
  eventsSinceStallSet = 0;
  private readonly streamClosers = new Set<() => void>();

  constructor(initialFaults: Partial<Faults> = {}) {
    this.faults = { ...defaultFaults(), ...initialFaults };
  }

  setFaults(patch: Partial<Faults>): Faults {
    if ('streamStallAfter' in patch) this.eventsSinceStallSet = 0;
    this.faults = { ...this.faults, ...patch };
    return this.faults;
  }

  /** Back to no faults at all (not to the start-up faults), so tests begin from a clean slate. */
  resetFaults(): Faults {
    this.faults = defaultFaults();
    return this.faults;
  }

  /** Consumes one use of a limited error rule, dropping it once spent. */
  consumeErrorRule(rule: ErrorRule): void {
    if (rule.times === undefined) return;
    const remaining = rule.times - 1;
    const errors = this.faults.errors.flatMap((candidate) =>
      candidate !== rule ? [candidate] : remaining > 0 ? [{ ...rule, times: remaining }] : [],
    );
    this.faults = { ...this.faults, errors };
  }

  stats(): MockStats {
    return {
      openStreams: this.openStreams,
      requests: this.requests,
      streamConnects: this.streamConnects,
      streamTimers: this.streamTimers,
      lastStreamEvent: this.lastStreamEvent,
    };
  }

  /** Registers a way to end an open stream; returns the function that unregisters it. */
  trackStream(close: () => void): () => void {
    this.streamClosers.add(close);
    return () => this.streamClosers.delete(close);
  }

  closeAllStreams(): void {
    for (const close of [...this.streamClosers]) close();
  }
}
