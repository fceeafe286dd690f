import { describe, expect, it } from 'vitest';
import { alertStripLayout, wallLayout } from './wall-layout.ts';

const tile = { minTileWidth: 300, minTileHeight: 180, gap: 10 };

describe('wallLayout', () => {
  it('fits a small fleet in the largest tiles possible', () => {
    const layout = wallLayout({ width: 1880, height: 940, count: 14, ...tile });
    expect(layout.serverTiles).toBe(14);
    expect(layout.hiddenCount).toBe(0);
    expect(layout.columns * layout.rows).toBeGreaterThanOrEqual(14);
    // Every tile at least the minimum.
    expect((1880 - (layout.columns - 1) * 10) / layout.columns).toBeGreaterThanOrEqual(300);
    expect((940 - (layout.rows - 1) * 10) / layout.rows).toBeGreaterThanOrEqual(180);
  });

  it('summarises the rest in the last slot when the fleet is too big', () => {
    const layout = wallLayout({ width: 1880, height: 940, count: 1000, ...tile });
    expect(layout).toEqual({ columns: 6, rows: 5, serverTiles: 29, hiddenCount: 971 });
  });

  it('still shows the worst server on a tiny rack screen', () => {
    expect(wallLayout({ width: 1240, height: 300, count: 14, ...tile })).toEqual({
      columns: 4,
      rows: 1,
      serverTiles: 3,
      hiddenCount: 11,
    });
    expect(wallLayout({ width: 200, height: 100, count: 14, ...tile })).toEqual({
      columns: 1,
      rows: 1,
      serverTiles: 1,
      hiddenCount: 13,
    });
  });

  it('copes with an empty fleet', () => {
    expect(wallLayout({ width: 1880, height: 940, count: 0, ...tile }).serverTiles).toBe(0);
  });
});

describe('alertStripLayout', () => {
  it('shows every alert that fits, else keeps the last slot for "+ N more"', () => {
    expect(alertStripLayout(1880, 0)).toEqual({ shown: 0, hiddenCount: 0 });
    expect(alertStripLayout(1880, 3)).toEqual({ shown: 3, hiddenCount: 0 });
    expect(alertStripLayout(1880, 4)).toEqual({ shown: 4, hiddenCount: 0 });
    expect(alertStripLayout(1880, 9)).toEqual({ shown: 3, hiddenCount: 6 });
    expect(alertStripLayout(700, 9)).toEqual({ shown: 1, hiddenCount: 8 });
    expect(alertStripLayout(200, 2)).toEqual({ shown: 0, hiddenCount: 2 });
  });
});
