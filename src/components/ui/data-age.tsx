import './data-age.css';
import { CLOCK_AHEAD_TOLERANCE_MS, clockAheadMs, freshness } from '../../model/freshness.ts';
import { createArrivalLog } from '../../lib/arrival-log.ts';
import { formatAge, formatClockTime } from '../../lib/format.ts';
import { ToneIcon } from './tone-icon.tsx';
import { useNow } from './use-now.ts';
import { useTimeZone } from './time-zone.tsx';

interface DataAgeProps {
  /** When the newest number on screen was collected (epoch ms), or null when there is none. */
  collectedAt: number | null;
  /** How often fresh data is expected; 3× makes it stale, 10× dead. */
  expectedIntervalMs: number;
  prefix?: string;
}

// Shared by every label, so a remount (wall rotation) keeps a future sample's arrival time.
const arrivals = createArrivalLog(2_000);

/** "Updated 12 s ago", "Stale · updated 5 min ago" or "No data since 14:02", as text and tone. */
export function DataAge({ collectedAt, expectedIntervalMs, prefix = 'Updated' }: DataAgeProps) {
  const now = useNow();
  const timeZone = useTimeZone();
  // Only samples stamped ahead of our clock need their arrival remembered.
  const isAhead = collectedAt !== null && collectedAt - now > CLOCK_AHEAD_TOLERANCE_MS;
  const arrivedAt = isAhead ? arrivals.arrivedAt(collectedAt, now) : now;
  const aheadMs = collectedAt === null ? null : clockAheadMs(collectedAt, arrivedAt);
  const { ageMs, state } = freshness(collectedAt, expectedIntervalMs, now, arrivedAt);
  if (state === 'none' || collectedAt === null) {
    return <span className="data-age data-age-none">No data yet</span>;
  }
  const exact = formatClockTime(collectedAt, { withSeconds: true, withDate: true, timeZone });
  if (state === 'dead') {
    // A clock time alone would read as today's; older silences say the day as well.
    const withDate = (ageMs ?? 0) > 20 * 3_600_000;
    return (
      <span className="data-age data-age-dead" title={exact}>
        <ToneIcon tone="critical" size={14} />
        No data since{' '}
        {formatClockTime(aheadMs === null ? collectedAt : arrivedAt, { timeZone, withDate })}
      </span>
    );
  }
  return (
    <span className={`data-age data-age-${state}`} title={exact}>
      {state === 'stale' ? (
        <>
          <ToneIcon tone="warning" size={14} />
          <strong>Stale · </strong>
        </>
      ) : null}
      {prefix} <time dateTime={new Date(collectedAt).toISOString()}>{formatAge(ageMs)}</time>
      {aheadMs === null ? null : (
        <span className="data-age-skew"> · oCore's clock is {formatAhead(aheadMs)} ahead</span>
      )}
    </span>
  );
}

function formatAhead(aheadMs: number): string {
  const minutes = Math.round(aheadMs / 60_000);
  return minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}
