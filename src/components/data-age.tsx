import { freshness } from '../lib/freshness.ts';
import { formatAge, formatClockTime } from '../lib/format.ts';
import { useNow } from './use-now.ts';
import { useTimeZone } from './time-zone.tsx';

interface DataAgeProps {
  /** When the newest number on screen was collected (epoch ms), or null when there is none. */
  collectedAt: number | null;
  /** How often fresh data is expected; 3× makes it stale, 10× dead. */
  expectedIntervalMs: number;
  prefix?: string;
}

/** "Updated 12 s ago", "Stale · updated 5 min ago" or "No data since 14:02", as text and tone. */
export function DataAge({ collectedAt, expectedIntervalMs, prefix = 'Updated' }: DataAgeProps) {
  const now = useNow();
  const timeZone = useTimeZone();
  const { ageMs, state } = freshness(collectedAt, expectedIntervalMs, now);
  if (state === 'none' || collectedAt === null) {
    return <span className="data-age data-age-none">No data yet</span>;
  }
  const exact = formatClockTime(collectedAt, { withSeconds: true, withDate: true, timeZone });
  if (state === 'dead') {
    return (
      <span className="data-age data-age-dead" title={exact}>
        No data since {formatClockTime(collectedAt, { timeZone })}
      </span>
    );
  }
  return (
    <span className={`data-age data-age-${state}`} title={exact}>
      {state === 'stale' ? <strong>Stale · </strong> : null}
      {prefix} <time dateTime={new Date(collectedAt).toISOString()}>{formatAge(ageMs)}</time>
    </span>
  );
}
