import { describe, expect, it } from 'vitest';
import { isDimmedAt, isInDimWindow, parseDimWindow } from './night-dim.ts';

describe('parseDimWindow', () => {
  it('reads HH:MM-HH:MM and shorter forms', () => {
    expect(parseDimWindow('22:00-07:00')).toEqual({ startMinute: 1320, endMinute: 420 });
    expect(parseDimWindow('22-7')).toEqual({ startMinute: 1320, endMinute: 420 });
    expect(parseDimWindow('0930-1715')).toEqual({ startMinute: 570, endMinute: 1035 });
    expect(parseDimWindow('20:00-24:00')).toEqual({ startMinute: 1200, endMinute: 0 });
  });

  it('refuses unreadable or empty windows', () => {
    for (const text of ['', 'night', '25:00-07:00', '22:61-07:00', '22:00', '7-7', '1-2-3']) {
      expect(parseDimWindow(text), text).toBeNull();
    }
  });
});

describe('dim window', () => {
  const overnight = { startMinute: 22 * 60, endMinute: 7 * 60 };
  const daytime = { startMinute: 9 * 60, endMinute: 17 * 60 };

  it('wraps round midnight', () => {
    expect(isInDimWindow(23 * 60, overnight)).toBe(true);
    expect(isInDimWindow(3 * 60, overnight)).toBe(true);
    expect(isInDimWindow(7 * 60, overnight)).toBe(false);
    expect(isInDimWindow(12 * 60, overnight)).toBe(false);
  });

  it('works within one day', () => {
    expect(isInDimWindow(9 * 60, daytime)).toBe(true);
    expect(isInDimWindow(17 * 60, daytime)).toBe(false);
  });

  it('is judged on the display clock', () => {
    const lateUtc = Date.UTC(2025, 10, 26, 23, 30);
    const noonUtc = Date.UTC(2025, 10, 26, 12, 0);
    expect(isDimmedAt(lateUtc, overnight, 'utc')).toBe(true);
    expect(isDimmedAt(noonUtc, overnight, 'utc')).toBe(false);
  });
});
