// `dim=22:00-07:00`: a darker screen at night, judged in the display time zone.
import { formatClockTime, type TimeZoneMode } from '../lib/format.ts';

export interface DimWindow {
  /** Minutes after midnight. */
  startMinute: number;
  endMinute: number;
}

function minuteOfDay(text: string): number | null {
  const match = /^(\d{1,2})(?::?(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return null;
  return (hours * 60 + minutes) % (24 * 60);
}

/** "22:00-07:00", "22-7" or "2200-0700"; null when unreadable or empty (start equals end). */
export function parseDimWindow(text: string): DimWindow | null {
  const [start, end, ...rest] = text.split(/[-–]/);
  if (start === undefined || end === undefined || rest.length > 0) return null;
  const startMinute = minuteOfDay(start);
  const endMinute = minuteOfDay(end);
  if (startMinute === null || endMinute === null || startMinute === endMinute) return null;
  return { startMinute, endMinute };
}

/** True inside the window; a window past midnight (22:00–07:00) wraps round. */
export function isInDimWindow(minute: number, window: DimWindow): boolean {
  const { startMinute, endMinute } = window;
  return startMinute < endMinute
    ? minute >= startMinute && minute < endMinute
    : minute >= startMinute || minute < endMinute;
}

/** Whether the screen should be dimmed at `epochMs`, on the wall's own clock (local or UTC). */
export function isDimmedAt(epochMs: number, window: DimWindow, timeZone: TimeZoneMode): boolean {
  const minute = minuteOfDay(formatClockTime(epochMs, { timeZone }));
  return minute !== null && isInDimWindow(minute, window);
}
