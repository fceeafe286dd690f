import './connection-indicator.css';
import type { MetricStreamStatus } from '../../model/stream-state.ts';
import type { Tone } from '../../model/fleet/status-tone.ts';
import { ToneIcon } from '../ui/tone-icon.tsx';
import { useNow } from '../ui/use-now.ts';

interface ConnectionIndicatorProps {
  status: MetricStreamStatus;
  retryAt: number | null;
  message: string | null;
}

const TONES: Record<MetricStreamStatus, Tone> = {
  connecting: 'unknown',
  live: 'ok',
  reconnecting: 'warning',
  offline: 'critical',
  'signed-out': 'critical',
  stopped: 'critical',
  polling: 'warning',
};

/** The live stream's state in words: Connecting, Live, Reconnecting in N s, Offline, Signed out, Polling. */
export function ConnectionIndicator({ status, retryAt, message }: ConnectionIndicatorProps) {
  const now = useNow();
  const text = statusWords(status, retryAt, now);
  return (
    <div className={`connection-indicator tone-${TONES[status]}`}>
      <ToneIcon tone={TONES[status]} />
      <span role="status" className="connection-indicator-text">
        {text}
      </span>
      {message && status !== 'live' ? (
        <span className="muted connection-indicator-reason">{message}</span>
      ) : null}
    </div>
  );
}

function statusWords(status: MetricStreamStatus, retryAt: number | null, now: number): string {
  switch (status) {
    case 'connecting':
      return 'Connecting';
    case 'live':
      return 'Live';
    case 'reconnecting': {
      if (retryAt === null) return 'Reconnecting';
      const seconds = Math.max(0, Math.ceil((retryAt - now) / 1000));
      return seconds > 0 ? `Reconnecting in ${seconds} s` : 'Reconnecting…';
    }
    case 'offline':
    case 'stopped':
      return 'Offline';
    case 'signed-out':
      return 'Signed out';
    case 'polling':
      return 'Polling';
  }
}
