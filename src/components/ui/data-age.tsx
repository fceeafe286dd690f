import './data-age.css';
import { useMemo } from 'react';
import {
  CLOCK_AHEAD_TOLERANCE_MS,
  clockAheadMs,
  freshness,
  type FreshnessState,
} from '../../model/freshness.ts';
import { createArrivalLog } from '../../lib/arrival-log.ts';
import { formatAge, formatClockTime } from '../../lib/format.ts';
import { ToneIcon } from './tone-icon.tsx';
import { useClockValue } from './use-now.ts';
import { useTimeZone } from './time-zone.tsx';

interface DataAgeProps {
  /** When the newest number on screen was collected (epoch ms), or null when there is none. */
  collectedAt: number | null;
  /** How often fresh data is expected; 3× makes it stale, 10× dead. */
  expectedIntervalMs: number;
  prefix?: string;
  /** Seconds in steps of this many (a wall tile: 10), so the label changes, and redraws, less. */
  secondsStep?: number;
}

// Shared by every label, so a remount (wall rotation) keeps a future sample's arrival time.
const arrivals = createArrivalLog(2_000);

/** "Updated 12 s ago", "Stale · updated 5 min ago" or "No data since 14:02", as text and tone. */
export function DataAge({
  collectedAt,
  expectedIntervalMs,
  prefix = 'Updated',
  secondsStep = 1,
}: DataAgeProps) {
  const timeZone = useTimeZone();
  // Re-rendered when the words change ("12 s ago" → "13 s ago"), not on every tick.
  const words = useClockValue((now) => ageWords(collectedAt, expectedIntervalMs, now, secondsStep));
  const exact = useMemo(
    () =>
      collectedAt === null
        ? ''
        : formatClockTime(collectedAt, { withSeconds: true, withDate: true, timeZone }),
    [collectedAt, timeZone],
  );
  const [state, ageText, ahead, deadSince] = words.split('|') as [
    FreshnessState,
    string,
    string,
    string,
  ];
  if (state === 'none' || collectedAt === null) {
    return <span className="data-age data-age-none">No data yet</span>;
  }
  if (state === 'dead') {
    // A clock time alone would read as today's; older silences say the day as well.
    const withDate = ageText === 'days';
    return (
      <span className="data-age data-age-dead" title={exact}>
        <ToneIcon tone="critical" size={14} />
        No data since {formatClockTime(Number(deadSince), { timeZone, withDate })}
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
      {prefix} <time dateTime={new Date(collectedAt).toISOString()}>{ageText}</time>
      {ahead === '' ? null : (
        <span className="data-age-skew"> · oCore's clock is {ahead} ahead</span>
      )}
    </span>
  );
}

/**
 * "state|words|ahead|since": all a label shows that changes with time (a dead one: whether it
 * spans days, and since when), so an unchanged label is not rendered again.
 */
function ageWords(
  collectedAt: number | null,
  expectedIntervalMs: number,
  now: number,
  secondsStep: number,
): string {
  // Only samples stamped ahead of our clock need their arrival remembered.
  const isAhead = collectedAt !== null && collectedAt - now > CLOCK_AHEAD_TOLERANCE_MS;
  const arrivedAt = isAhead ? arrivals.arrivedAt(collectedAt, now) : now;
  const aheadMs = collectedAt === null ? null : clockAheadMs(collectedAt, arrivedAt);
  const { ageMs, state } = freshness(collectedAt, expectedIntervalMs, now, arrivedAt);
  const ahead = aheadMs === null ? '' : formatAhead(aheadMs);
  if (state === 'dead') {
    const since = aheadMs === null ? collectedAt : arrivedAt;
    return `dead|${(ageMs ?? 0) > 20 * 3_600_000 ? 'days' : 'today'}|${ahead}|${since}`;
  }
  return `${state}|${formatAge(ageMs, secondsStep)}|${ahead}|`;
}

function formatAhead(aheadMs: number): string {
  const minutes = Math.round(aheadMs / 60_000);
  return minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}
