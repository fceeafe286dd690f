import { describe, expect, it } from 'vitest';
import {
  formatAge,
  formatAxisTime,
  formatBytes,
  formatBytesPair,
  formatClockTime,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatPercent,
  formatRate,
  timeZoneLabel,
} from './format.ts';

const KiB = 1024;
const MiB = KiB * 1024;
const GiB = MiB * 1024;
const TiB = GiB * 1024;

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1023, '1023 B'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [12.3 * GiB, '12.3 GiB'],
    [1.02 * TiB, '1.02 TiB'],
    [999.4 * MiB, '999 MiB'],
    [1023.7 * KiB, '1 MiB'],
    [2 ** 90, '1024 YiB'],
    [-1536, '-1.5 KiB'],
  ])('%d → %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it.each([null, NaN, Infinity])('shows %s as missing', (bytes) => {
    expect(formatBytes(bytes)).toBe('—');
  });
});

describe('formatBytesPair', () => {
  it('uses the unit of the total for both values', () => {
    expect(formatBytesPair(3.2 * GiB, 8 * GiB)).toBe('3.2 / 8.0 GiB');
    expect(formatBytesPair(512 * MiB, 8 * GiB)).toBe('0.5 / 8.0 GiB');
  });

  it('drops decimals for large totals and plain bytes', () => {
    expect(formatBytesPair(120.4 * GiB, 250 * GiB)).toBe('120 / 250 GiB');
    expect(formatBytesPair(100, 512)).toBe('100 / 512 B');
  });

  it('marks a missing side and falls back to the used unit', () => {
    expect(formatBytesPair(null, 8 * GiB)).toBe('— / 8.0 GiB');
    expect(formatBytesPair(3.2 * GiB, null)).toBe('3.2 / — GiB');
    expect(formatBytesPair(null, null)).toBe('—');
  });
});

describe('formatRate', () => {
  it('formats bytes per second', () => {
    expect(formatRate(1.2 * MiB)).toBe('1.2 MiB/s');
    expect(formatRate(0)).toBe('0 B/s');
    expect(formatRate(null)).toBe('—');
  });
});

describe('formatPercent and formatNumber', () => {
  it('formats with fixed digits and a spaced percent sign', () => {
    expect(formatPercent(42.46)).toBe('42.5 %');
    expect(formatPercent(0)).toBe('0.0 %');
    expect(formatPercent(99.95, 0)).toBe('100 %');
    expect(formatNumber(3.4167)).toBe('3.42');
    expect(formatNumber(3.4167, 1)).toBe('3.4');
  });

  it('never shows a negative zero', () => {
    expect(formatPercent(-0.01)).toBe('0.0 %');
    expect(formatNumber(-0.001)).toBe('0.00');
  });

  it('shows missing values as a dash', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(NaN)).toBe('—');
    expect(formatNumber(null)).toBe('—');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [35.9, '35 s'],
    [60, '1 min'],
    [42 * 60 + 59, '42 min'],
    [3600, '1 h'],
    [5 * 3600 + 12 * 60 + 30, '5 h 12 min'],
    [86_400, '1 d'],
    [3 * 86_400 + 4 * 3600 + 59 * 60, '3 d 4 h'],
    [400 * 86_400, '400 d'],
  ])('%d s → %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it.each([null, NaN, -5])('shows %s as missing', (seconds) => {
    expect(formatDuration(seconds)).toBe('—');
  });
});

describe('formatAge', () => {
  it('goes in steps of seconds when asked, for a label read from across the room', () => {
    expect(formatAge(9_999, 10)).toBe('just now');
    expect(formatAge(10_000, 10)).toBe('10 s ago');
    expect(formatAge(27_500, 10)).toBe('20 s ago');
    expect(formatAge(61_000, 10)).toBe('1 min ago');
  });

  it.each([
    [0, 'just now'],
    [1999, 'just now'],
    [-30_000, 'just now'],
    [2000, '2 s ago'],
    [12_400, '12 s ago'],
    [59_999, '59 s ago'],
    [5 * 60_000, '5 min ago'],
    [3 * 3_600_000 + 59 * 60_000, '3 h ago'],
    [2 * 86_400_000, '2 d ago'],
  ])('%d ms → %s', (ageMs, expected) => {
    expect(formatAge(ageMs)).toBe(expected);
  });

  it('shows a missing age as a dash', () => {
    expect(formatAge(null)).toBe('—');
  });
});

describe('clock and date times', () => {
  const at = Date.UTC(2025, 10, 26, 14, 2, 5); // Wednesday 26 November 2025
  const midnight = Date.UTC(2025, 10, 24, 0, 0, 0); // Monday

  it('formats UTC clock times exactly', () => {
    expect(formatClockTime(at, { timeZone: 'utc' })).toBe('14:02');
    expect(formatClockTime(at, { timeZone: 'utc', withSeconds: true })).toBe('14:02:05');
    expect(formatClockTime(at, { timeZone: 'utc', withDate: true })).toBe('26 Nov 14:02');
    expect(formatClockTime(midnight, { timeZone: 'utc' })).toBe('00:00');
  });

  it('formats sortable date times', () => {
    expect(formatDateTime(at, { timeZone: 'utc' })).toBe('2025-11-26 14:02');
    expect(formatDateTime(at, { timeZone: 'utc', withSeconds: true })).toBe('2025-11-26 14:02:05');
  });

  it('formats local time with the same layout', () => {
    expect(formatClockTime(at)).toMatch(/^\d\d:\d\d$/);
    expect(formatDateTime(at, { withSeconds: true })).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });

  it('shows missing times as a dash', () => {
    expect(formatClockTime(null)).toBe('—');
    expect(formatDateTime(NaN)).toBe('—');
  });

  it('labels the time zone', () => {
    expect(timeZoneLabel('utc')).toBe('UTC');
    expect(timeZoneLabel('local', at)).toMatch(/^GMT([+-]\d{1,2}(:\d{2})?)?$/);
  });

  it('formats axis ticks per period', () => {
    expect(formatAxisTime(at, '1h', 'utc')).toBe('14:02');
    expect(formatAxisTime(at, '6h', 'utc')).toBe('14:02');
    expect(formatAxisTime(at, '24h', 'utc')).toBe('14:02');
    expect(formatAxisTime(at, '7d', 'utc')).toBe('Wed 14:02');
    expect(formatAxisTime(midnight, '7d', 'utc')).toBe('Mon 00:00');
  });
});
