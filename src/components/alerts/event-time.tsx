import { formatAge, formatDateTime } from '../../lib/format.ts';
import { useTimeZone } from '../ui/time-zone.tsx';

/** "12 min ago", with the exact moment shown on hover and on keyboard focus. */
export function EventTime({
  at,
  now,
  prefix,
}: {
  at: number | null;
  now: number;
  prefix?: string;
}) {
  const timeZone = useTimeZone();
  if (at === null) return <span className="muted">Time unknown</span>;
  const exact = formatDateTime(at, { withSeconds: true, timeZone });
  return (
    <span className="event-time" tabIndex={0} title={exact}>
      {prefix ? `${prefix} ` : null}
      <time dateTime={new Date(at).toISOString()}>{formatAge(now - at)}</time>
      <span className="event-time-exact" role="tooltip">
        {exact}
      </span>
    </span>
  );
}
