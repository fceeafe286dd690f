import { describe, expect, it } from 'vitest';
import {
  MIN_SAFETY_RELOAD_MS,
  displayModeFrom,
  mergeSticky,
  parseReloadAfter,
  readStoredSticky,
  sameSearch,
  withSticky,
  writeStoredSticky,
} from './display-mode.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    get size() {
      return items.size;
    },
  };
}

describe('sticky display parameters', () => {
  it('keeps what the tab remembered when the URL says nothing', () => {
    expect(mergeSticky('?period=6h', { kiosk: '1', tz: 'utc' })).toEqual({ kiosk: '1', tz: 'utc' });
  });

  it('lets the URL win, and switches parameters off with 0, off or tz=local', () => {
    expect(mergeSticky('?rotate=10', { rotate: '30', kiosk: '1' })).toEqual({
      rotate: '10',
      kiosk: '1',
    });
    expect(
      mergeSticky('?kiosk=0&tz=local&rotate=off', { kiosk: '1', tz: 'utc', rotate: '30' }),
    ).toEqual({});
  });

  it('puts sticky values back on a link that lost them, leaving other parameters alone', () => {
    expect(withSticky('?period=6h', { kiosk: '1', tz: 'utc' })).toBe('?period=6h&kiosk=1&tz=utc');
    expect(withSticky('?kiosk=0&period=1h', {})).toBe('?period=1h');
    expect(withSticky('', {})).toBe('');
  });

  it('compares searches regardless of parameter order', () => {
    expect(sameSearch('?a=1&kiosk=1', '?kiosk=1&a=1')).toBe(true);
    expect(sameSearch('?a=1', '?a=1&kiosk=1')).toBe(false);
  });

  it('round-trips through storage and survives garbage in it', () => {
    const storage = memoryStorage();
    writeStoredSticky(storage, { kiosk: '1', dim: '22:00-07:00' });
    expect(readStoredSticky(storage)).toEqual({ kiosk: '1', dim: '22:00-07:00' });
    storage.setItem('ocore-monitor.display', '{not json');
    expect(readStoredSticky(storage)).toEqual({});
    storage.setItem('ocore-monitor.display', '{"kiosk":1,"tz":"utc","evil":"x"}');
    expect(readStoredSticky(storage)).toEqual({ tz: 'utc' });
    expect(readStoredSticky(null)).toEqual({});
    writeStoredSticky(storage, {});
    expect(storage.size).toBe(0);
  });
});

describe('display mode', () => {
  it('reads every parameter', () => {
    const mode = displayModeFrom({
      kiosk: '1',
      tz: 'UTC',
      dim: '22:00-07:00',
      reload: '24h',
      rotate: '30',
      servers: 'srv-01, srv-02',
    });
    expect(mode).toMatchObject({
      kiosk: true,
      timeZone: 'utc',
      dim: { startMinute: 22 * 60, endMinute: 7 * 60 },
      safetyReloadMs: 24 * 3_600_000,
      rotation: { intervalMs: 30_000, serverIds: ['srv-01', 'srv-02'] },
    });
  });

  it('defaults to an ordinary local-time screen', () => {
    expect(displayModeFrom({})).toMatchObject({
      kiosk: false,
      timeZone: 'local',
      dim: null,
      safetyReloadMs: null,
      rotation: null,
    });
  });
});

describe('parseReloadAfter', () => {
  it('reads durations with units, bare numbers as hours', () => {
    expect(parseReloadAfter('24h')).toBe(24 * 3_600_000);
    expect(parseReloadAfter('90m')).toBe(90 * 60_000);
    expect(parseReloadAfter('2d')).toBe(2 * 86_400_000);
    expect(parseReloadAfter('12')).toBe(12 * 3_600_000);
  });

  it('never reloads in a loop and ignores nonsense', () => {
    expect(parseReloadAfter('5s')).toBe(MIN_SAFETY_RELOAD_MS);
    expect(parseReloadAfter('soon')).toBeNull();
    expect(parseReloadAfter('-3h')).toBeNull();
    expect(parseReloadAfter('0h')).toBeNull();
  });
});
