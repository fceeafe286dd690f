import { useMemo } from 'react';
import type { Period } from '../../model/types.ts';
import { formatAxisTime, formatClockTime } from '../../lib/format.ts';
import { timeTicks } from '../../lib/chart/time-ticks.ts';
import { useTimeZone } from '../ui/time-zone.tsx';

/** Axis and tooltip time formatters for a period, and round axis ticks, in the app's time zone. */
export function useTimeAxis(period: Period) {
  const timeZone = useTimeZone();
  return useMemo(
    () => ({
      formatTime: (t: number) => formatAxisTime(t, period, timeZone),
      formatTooltipTime: (t: number) =>
        formatClockTime(t, { withDate: true, withSeconds: true, timeZone }),
      timeTicks: (window: readonly [number, number], maxTicks: number) =>
        timeTicks(
          window,
          maxTicks,
          timeZone === 'utc' ? 0 : -new Date(window[0]).getTimezoneOffset() * 60_000,
        ),
    }),
    [period, timeZone],
  );
}
