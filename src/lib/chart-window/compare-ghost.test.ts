import { describe, expect, it } from 'vitest';
import { comparisonFor, thenKey, withGhostColumns } from './compare-ghost.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const now = 30 * DAY + DAY / 2;

describe('comparison periods', () => {
  it('compares 24 h with yesterday from the 7-day data, and 7 d with nothing', () => {
    expect(comparisonFor('24h')).toMatchObject({ source: '7d', shiftMs: DAY });
    expect(comparisonFor('1h')).toMatchObject({ source: '6h', shiftMs: 60 * MINUTE });
    expect(comparisonFor('7d')).toBeNull();
  });
});

describe('ghost alignment, 24 h against yesterday', () => {
  // Today at 5-minute steps; the 7-day data at 15-minute steps, its value = minutes since midnight.
  type Row = { t: number } & Record<string, number | null>;
  const today: Row[] = Array.from({ length: 7 }, (_, i) => ({
    t: now - 30 * MINUTE + i * 5 * MINUTE,
    cpu: 50,
  }));
  const week: Row[] = Array.from({ length: 7 * 96 }, (_, i) => {
    const t = now - 7 * DAY + (i + 1) * 15 * MINUTE;
    return { t, cpu: (t % DAY) / MINUTE };
  });

  it('puts yesterday at the same time of day beside each row', () => {
    const rows = withGhostColumns(today, week, ['cpu'], DAY, 15 * MINUTE);
    const minutesOfDay = (t: number) => (t % DAY) / MINUTE;
    for (const row of rows) {
      expect(Math.abs(row[thenKey('cpu')]! - minutesOfDay(row.t))).toBeLessThanOrEqual(7.5);
    }
    expect(rows[0].cpu).toBe(50);
  });

  it('leaves a gap where yesterday has no sample near enough', () => {
    const sparse = week.filter((row) => row.t < now - DAY - 20 * MINUTE);
    const rows = withGhostColumns(today, sparse, ['cpu'], DAY, 7.5 * MINUTE);
    expect(rows.at(-1)![thenKey('cpu')]).toBeNull();
    expect(withGhostColumns(today, [], ['cpu'], DAY, MINUTE)[0][thenKey('cpu')]).toBeNull();
  });
});
