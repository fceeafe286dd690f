import { useMemo } from 'react';
import type { Period } from '../../model/types.ts';
import { formatAxisTime, formatClockTime } from '../../lib/format.ts';
import { useTimeZone } from '../ui/time-zone.tsx';

/** Axis and tooltip time formatters for a period, in the app's time zone. */
export function useTimeAxis(period: Period) {
  const timeZone = useTimeZone();
  return useMemo(
    () => ({
      formatTime: (t: number) => formatAxisTime(t, period, timeZone),
      formatTooltipTime: (t: number) =>
        formatClockTime(t, { withDate: true, withSeconds: true, timeZone }),
    }),
    [period, timeZone],
  );
}
