import { describe, expect, it } from 'vitest';
import { PERIODS } from './types.ts';
import { PERIOD_SPECS, isPeriod, parsePeriod } from './periods.ts';

describe('parsePeriod', () => {
  it.each(['1h', '6h', '24h', '7d'] as const)('accepts %s', (period) => {
    expect(parsePeriod(period)).toBe(period);
  });

  it('tolerates case and whitespace', () => {
    expect(parsePeriod(' 24H ')).toBe('24h');
  });

  it.each([null, undefined, '', '2h', '30d', 'constructor', '1h; drop'])(
    'falls back to 1h for %s',
    (raw) => {
      expect(parsePeriod(raw)).toBe('1h');
    },
  );
});

describe('isPeriod', () => {
  it('accepts only the documented periods', () => {
    expect(isPeriod('7d')).toBe(true);
    expect(isPeriod('7D')).toBe(false);
    expect(isPeriod(7)).toBe(false);
  });
});

describe('PERIOD_SPECS', () => {
  it('covers every period with the expected steps and refetch intervals', () => {
    expect(Object.keys(PERIOD_SPECS).sort()).toEqual([...PERIODS].sort());
    expect(PERIODS.map((p) => PERIOD_SPECS[p].expectedStepMs)).toEqual([
      30_000, 60_000, 300_000, 900_000,
    ]);
    expect(PERIODS.map((p) => PERIOD_SPECS[p].historyRefetchMs)).toEqual([
      30_000, 60_000, 120_000, 300_000,
    ]);
    expect(PERIOD_SPECS['7d'].durationMs).toBe(7 * 24 * 3_600_000);
  });

  it('never considers history fresh for longer than its refetch interval', () => {
    for (const period of PERIODS) {
      const spec = PERIOD_SPECS[period];
      expect(spec.staleTimeMs).toBeLessThanOrEqual(spec.historyRefetchMs);
      expect(spec.expectedStepMs).toBeLessThan(spec.durationMs);
    }
  });
});
