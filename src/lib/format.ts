// Operator-facing numbers, sizes, durations, ages and clock times; missing input shows "—".
import type { Period } from '../model/types.ts';
import { isFiniteNumber } from '../model/validity.ts';

export const MISSING = '—';

const IEC_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'] as const;

/** toFixed without a "-0.0" for values that round to zero. */
function toFixedSigned(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return Number(text) === 0 ? text.replace('-', '') : text;
}

function unitIndex(absBytes: number): number {
  if (absBytes < 1024) return 0;
  return Math.min(Math.floor(Math.log2(absBytes) / 10), IEC_UNITS.length - 1);
}

/** Three significant digits with trailing zeros dropped: 1.50 → "1.5", 1023.6 → "1024". */
function threeSignificant(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  const text = toFixedSigned(value, digits);
  return digits > 0 ? text.replace(/\.?0+$/, '') : text;
}

/** IEC bytes, auto-scaled to three significant digits: "512 B", "1.5 KiB", "1.02 TiB". */
export function formatBytes(bytes: number | null): string {
  if (!isFiniteNumber(bytes)) return MISSING;
  let index = unitIndex(Math.abs(bytes));
  let scaled = bytes / 1024 ** index;
  if (index === 0) return `${toFixedSigned(bytes, 0)} B`;
  // 1023.7 KiB rounds to "1024 KiB"; show it as "1 MiB" instead.
  if (Math.abs(Number(threeSignificant(scaled))) >= 1024 && index < IEC_UNITS.length - 1) {
    index += 1;
    scaled = bytes / 1024 ** index;
  }
  return `${threeSignificant(scaled)} ${IEC_UNITS[index]}`;
}

/** "3.2 / 8.0 GiB": both values in the unit that suits the total (or used, if total is missing). */
export function formatBytesPair(used: number | null, total: number | null): string {
  const reference = isFiniteNumber(total) ? total : used;
  if (!isFiniteNumber(reference)) return MISSING;
  const index = unitIndex(Math.abs(reference));
  const divisor = 1024 ** index;
  const digits = index === 0 || Math.abs(reference / divisor) >= 100 ? 0 : 1;
  const part = (value: number | null) =>
    isFiniteNumber(value) ? toFixedSigned(value / divisor, digits) : MISSING;
  return `${part(used)} / ${part(total)} ${IEC_UNITS[index]}`;
}

export function formatRate(bytesPerSecond: number | null): string {
  return isFiniteNumber(bytesPerSecond) ? `${formatBytes(bytesPerSecond)}/s` : MISSING;
}

export function formatPercent(value: number | null, digits = 1): string {
  return isFiniteNumber(value) ? `${toFixedSigned(value, digits)} %` : MISSING;
}

export function formatNumber(value: number | null, digits = 2): string {
  return isFiniteNumber(value) ? toFixedSigned(value, digits) : MISSING;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Compact uptime-style duration with the two largest units: "3 d 4 h", "5 h 12 min", "35 s". */
export function formatDuration(seconds: number | null): string {
  if (!isFiniteNumber(seconds) || seconds < 0) return MISSING;
  const whole = Math.floor(seconds);
  const pair = (big: number, bigUnit: string, small: number, smallUnit: string) =>
    small > 0 ? `${big} ${bigUnit} ${small} ${smallUnit}` : `${big} ${bigUnit}`;
  if (whole >= DAY) {
    return pair(Math.floor(whole / DAY), 'd', Math.floor((whole % DAY) / HOUR), 'h');
  }
  if (whole >= HOUR) {
    return pair(Math.floor(whole / HOUR), 'h', Math.floor((whole % HOUR) / MINUTE), 'min');
  }
  if (whole >= MINUTE) return `${Math.floor(whole / MINUTE)} min`;
  return `${whole} s`;
}

/**
 * How long ago, coarsely: "just now", "12 s ago", "5 min ago", "3 h ago", "2 d ago". With
 * `secondsStep` (a wall read from across the room) seconds go in steps: "20 s ago".
 */
export function formatAge(ageMs: number | null, secondsStep = 1): string {
  if (!isFiniteNumber(ageMs)) return MISSING;
  const step = Math.max(1, Math.floor(secondsStep)) * 1000;
  // Negative ages come from clock skew between the browser and the agent.
  if (ageMs < Math.max(2000, step)) return 'just now';
  const seconds = Math.floor(ageMs / 1000);
  if (seconds < MINUTE) return `${Math.floor(ageMs / step) * (step / 1000)} s ago`;
  if (seconds < HOUR) return `${Math.floor(seconds / MINUTE)} min ago`;
  if (seconds < DAY) return `${Math.floor(seconds / HOUR)} h ago`;
  return `${Math.floor(seconds / DAY)} d ago`;
}

export type TimeZoneMode = 'utc' | 'local';

export interface ClockTimeOptions {
  timeZone?: TimeZoneMode;
  withSeconds?: boolean;
  withDate?: boolean;
}

interface TimeParts {
  year: string;
  month: string;
  day: string;
  weekday: string;
  hour: string;
  minute: string;
  second: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad2 = (value: number) => String(value).padStart(2, '0');

// Date's own fields, not Intl: the first Intl.DateTimeFormat loads ICU data (~60 ms on a slow
// screen, before the first paint), and formatToParts per tick or tooltip costs far more too.
function timeParts(epochMs: number, timeZone: TimeZoneMode): TimeParts {
  const date = new Date(epochMs);
  const utc = timeZone === 'utc';
  return {
    year: String(utc ? date.getUTCFullYear() : date.getFullYear()),
    month: pad2((utc ? date.getUTCMonth() : date.getMonth()) + 1),
    day: pad2(utc ? date.getUTCDate() : date.getDate()),
    weekday: WEEKDAYS[utc ? date.getUTCDay() : date.getDay()],
    hour: pad2(utc ? date.getUTCHours() : date.getHours()),
    minute: pad2(utc ? date.getUTCMinutes() : date.getMinutes()),
    second: pad2(utc ? date.getUTCSeconds() : date.getSeconds()),
  };
}

/** "14:02", "14:02:05" or "26 Nov 14:02"; local time unless timeZone is 'utc'. */
export function formatClockTime(epochMs: number | null, options: ClockTimeOptions = {}): string {
  if (!isFiniteNumber(epochMs)) return MISSING;
  const { timeZone = 'local', withSeconds = false, withDate = false } = options;
  const p = timeParts(epochMs, timeZone);
  const clock = withSeconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`;
  return withDate ? `${Number(p.day)} ${MONTHS[Number(p.month) - 1]} ${clock}` : clock;
}

/** Unambiguous and sortable: "2025-11-26 14:02" (":05" with seconds). */
export function formatDateTime(
  epochMs: number | null,
  options: Omit<ClockTimeOptions, 'withDate'> = {},
): string {
  if (!isFiniteNumber(epochMs)) return MISSING;
  const { timeZone = 'local', withSeconds = false } = options;
  const p = timeParts(epochMs, timeZone);
  const clock = withSeconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`;
  return `${p.year}-${p.month}-${p.day} ${clock}`;
}

/**
 * "UTC", or the browser zone's offset at that moment ("GMT+1", "GMT-3:30"; DST changes it): from
 * Date, not Intl, whose first use costs a screen ~60 ms before its first paint.
 */
export function timeZoneLabel(timeZone: TimeZoneMode, atEpochMs: number = Date.now()): string {
  if (timeZone === 'utc') return 'UTC';
  const offsetMinutes = -new Date(atEpochMs).getTimezoneOffset();
  if (!Number.isFinite(offsetMinutes)) return 'Local';
  if (offsetMinutes === 0) return 'GMT';
  const sign = offsetMinutes > 0 ? '+' : '-';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `GMT${sign}${hours}${minutes ? `:${pad2(minutes)}` : ''}`;
}

/** Chart axis tick: "14:05" up to 24 h; "Mon 14:00" for 7 d, where ticks span several days. */
export function formatAxisTime(epochMs: number, period: Period, timeZone: TimeZoneMode): string {
  if (!isFiniteNumber(epochMs)) return '';
  const p = timeParts(epochMs, timeZone);
  return period === '7d' ? `${p.weekday} ${p.hour}:${p.minute}` : `${p.hour}:${p.minute}`;
}
