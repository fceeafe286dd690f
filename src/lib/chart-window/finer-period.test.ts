import { describe, expect, it } from 'vitest';
import {
  finerPeriodFor,
  resolutionLabel,
  resolutionNote,
  spliceFinerRows,
} from './finer-period.ts';

const HOUR = 3_600_000;
const now = 100 * 24 * HOUR;

describe('choosing the finer period', () => {
  it('picks the shortest period whose window holds the zoom', () => {
    expect(finerPeriodFor('24h', [now - 0.5 * HOUR, now], now)).toBe('1h');
    expect(finerPeriodFor('7d', [now - 5 * HOUR, now - 4 * HOUR], now)).toBe('6h');
    expect(finerPeriodFor('7d', [now - 20 * HOUR, now - 2 * HOUR], now)).toBe('24h');
  });

  it('keeps the coarse data when the zoom reaches back further, or there is nothing finer', () => {
    expect(finerPeriodFor('7d', [now - 3 * 24 * HOUR, now - 2 * 24 * HOUR], now)).toBeNull();
    expect(finerPeriodFor('1h', [now - 0.5 * HOUR, now], now)).toBeNull();
    expect(finerPeriodFor('24h', null, now)).toBeNull();
    // A window longer than the zoomed period itself never picks a longer period.
    expect(finerPeriodFor('6h', [now - 5 * HOUR, now], now)).toBeNull();
  });
});

describe('splicing finer rows', () => {
  it('draws the coarse rows before the finer data starts and the finer ones after', () => {
    const coarse = [0, 300, 600, 900].map((t) => ({ t, v: 1 }));
    const finer = [650, 700, 750, 800, 850, 900].map((t) => ({ t, v: 2 }));
    expect(spliceFinerRows(coarse, finer).map((row) => row.t)).toEqual([
      0, 300, 600, 650, 700, 750, 800, 850, 900,
    ]);
    expect(spliceFinerRows(coarse, [])).toEqual(coarse);
  });
});

describe('resolution labels', () => {
  it('says samples at the agent cadence and averages above it', () => {
    expect(resolutionLabel(30_000)).toBe('30 s samples');
    expect(resolutionLabel(900_000)).toBe('15 min averages');
    expect(resolutionLabel(2 * HOUR)).toBe('2 h averages');
  });

  it('says where the drawn data comes from, and when there is no finer data', () => {
    const zoom = [now - HOUR, now] as const;
    expect(resolutionNote({ period: '7d', zoom: null, stepMs: 900_000, finer: null })).toBe(
      '15 min averages',
    );
    expect(
      resolutionNote({
        period: '24h',
        zoom,
        stepMs: 300_000,
        finer: { period: '1h', stepMs: 30_000, isLoading: false },
      }),
    ).toBe('30 s samples (from the 1 h data)');
    expect(
      resolutionNote({
        period: '24h',
        zoom,
        stepMs: 300_000,
        finer: { period: '1h', stepMs: 30_000, isLoading: true },
      }),
    ).toMatch(/5 min averages · loading finer data/);
    expect(resolutionNote({ period: '7d', zoom, stepMs: 900_000, finer: null })).toBe(
      '15 min averages · reaches back beyond the last 24 hours: no finer data kept',
    );
  });
});
