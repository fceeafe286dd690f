import './header-clock.css';
import { useNow } from '../../components/ui/use-now.ts';
import { useTimeZone } from '../../components/ui/time-zone.tsx';
import { formatClockTime, timeZoneLabel } from '../../lib/format.ts';

/** The screen's own clock with its zone ("14:02:05 UTC"): ticking seconds also prove it is alive. */
export function HeaderClock() {
  const now = useNow();
  const timeZone = useTimeZone();
  return (
    <p className="header-clock">
      <time dateTime={new Date(now).toISOString()} aria-label="Current time">
        {formatClockTime(now, { withSeconds: true, timeZone })}
      </time>{' '}
      <span className="header-clock-zone">{timeZoneLabel(timeZone, now)}</span>
    </p>
  );
}
