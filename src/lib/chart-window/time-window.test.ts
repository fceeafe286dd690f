import { describe, expect, it } from 'vitest';
import {
  MIN_WINDOW_MS,
  panWindow,
  parseTimeParam,
  parseWindowParams,
  rowsInWindow,
  windowFromDrag,
  zoomAround,
} from './time-window.ts';

const HOUR = 3_600_000;
const bounds = [0, 24 * HOUR] as const;

describe('URL times', () => {
  it('reads epoch milliseconds and ISO 8601', () => {
    expect(parseTimeParam('1764590400000')).toBe(1_764_590_400_000);
    expect(parseTimeParam('2025-12-01T12:00:00Z')).toBe(Date.UTC(2025, 11, 1, 12));
    expect(parseTimeParam('2025-12-01T13:00:00+01:00')).toBe(Date.UTC(2025, 11, 1, 12));
  });

  it('turns anything else into no zoom, without an error', () => {
    expect(parseTimeParam('yesterday')).toBeNull();
    expect(parseTimeParam('')).toBeNull();
    expect(parseWindowParams('2000', '1000')).toBeNull();
    expect(parseWindowParams('1000', null)).toBeNull();
    expect(parseWindowParams('1000', '2000')).toEqual([1000, 2000]);
  });
});

describe('rows in a window', () => {
  const rows = Array.from({ length: 10 }, (_, i) => ({ t: i * 10 }));

  it('keeps the rows inside, edges included', () => {
    expect(rowsInWindow(rows, [20, 50]).map((row) => row.t)).toEqual([20, 30, 40, 50]);
    expect(rowsInWindow(rows, [21, 49]).map((row) => row.t)).toEqual([30, 40]);
  });

  it('pads with a neighbour either side so lines reach the edges', () => {
    expect(rowsInWindow(rows, [21, 49], 1).map((row) => row.t)).toEqual([20, 30, 40, 50]);
    expect(rowsInWindow(rows, [0, 5], 1).map((row) => row.t)).toEqual([0, 10]);
  });

  it('returns the same array when the window holds everything, and nothing outside the data', () => {
    expect(rowsInWindow(rows, [-5, 500])).toBe(rows);
    expect(rowsInWindow(rows, [200, 300])).toEqual([]);
  });
});

describe('keyboard zoom maths', () => {
  it('zooms in around the crosshair, keeping it at the same place on screen', () => {
    const window = [10 * HOUR, 14 * HOUR] as const;
    expect(zoomAround(window, 11 * HOUR, 0.5, bounds)).toEqual([10.5 * HOUR, 12.5 * HOUR]);
    expect(zoomAround(window, 12 * HOUR, 0.5, bounds)).toEqual([11 * HOUR, 13 * HOUR]);
  });

  it('zooming out stays inside the period and ends in no zoom at all', () => {
    expect(zoomAround([22 * HOUR, 24 * HOUR], 23 * HOUR, 2, bounds)).toEqual([
      20 * HOUR,
      24 * HOUR,
    ]);
    expect(zoomAround([0, 16 * HOUR], 8 * HOUR, 2, bounds)).toBeNull();
  });

  it('never zooms closer than the minimum window', () => {
    const zoomed = zoomAround([0, MIN_WINDOW_MS], 0, 0.5, bounds);
    expect(zoomed).toEqual([0, MIN_WINDOW_MS]);
  });

  it('pans by a share of the width and stops at the edges', () => {
    expect(panWindow([10 * HOUR, 14 * HOUR], 0.25, bounds)).toEqual([11 * HOUR, 15 * HOUR]);
    expect(panWindow([1 * HOUR, 5 * HOUR], -0.5, bounds)).toEqual([0, 4 * HOUR]);
    expect(panWindow([20 * HOUR, 24 * HOUR], 0.25, bounds)).toEqual([20 * HOUR, 24 * HOUR]);
  });

  it('a drag in either direction gives the same window; a click gives none', () => {
    expect(windowFromDrag(5 * HOUR, 3 * HOUR)).toEqual([3 * HOUR, 5 * HOUR]);
    expect(windowFromDrag(3 * HOUR, 3 * HOUR + 1000)).toBeNull();
  });
});
