// What the live stream tells the screen about itself.

export type MetricStreamStatus =
  | 'connecting'
  | 'live'
  | 'reconnecting'
  | 'offline'
  | 'signed-out'
  | 'stopped'
  /** The server refused to stream (HTTP 204): the latest sample is polled instead. */
  | 'polling';

export interface MetricStreamState {
  status: MetricStreamStatus;
  /** When the next attempt is due (epoch ms), while waiting to reconnect. */
  retryAt: number | null;
  /** When the last usable sample arrived (epoch ms). */
  lastEventAt: number | null;
  /** Why the stream is not live, in the operator's words. */
  message: string | null;
  malformedCount: number;
  /** How many times the stream has gone live. */
  connectCount: number;
}

export const INITIAL_STREAM_STATE: MetricStreamState = {
  status: 'connecting',
  retryAt: null,
  lastEventAt: null,
  message: null,
  malformedCount: 0,
  connectCount: 0,
};
