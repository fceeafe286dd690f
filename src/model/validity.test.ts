import { describe, expect, it } from 'vitest';
import {
  plausibleBytes,
  plausibleCpuPercent,
  plausiblePercent,
  usedWithinTotal,
} from './validity.ts';

describe('plausiblePercent', () => {
  it.each([0, 42.5, 100])('accepts %d', (value) => {
    expect(plausiblePercent(value)).toBe(true);
  });

  it.each([-0.1, 100.01, NaN, Infinity])('rejects %d', (value) => {
    expect(plausiblePercent(value)).toBe(false);
  });
});

describe('plausibleCpuPercent', () => {
  it('allows 100 % per core for containers', () => {
    expect(plausibleCpuPercent(350, 4)).toBe(true);
    expect(plausibleCpuPercent(400, 4)).toBe(true);
    expect(plausibleCpuPercent(401, 4)).toBe(false);
  });

  it('falls back to 6400 % when the core count is unknown', () => {
    expect(plausibleCpuPercent(6400)).toBe(true);
    expect(plausibleCpuPercent(6401, null)).toBe(false);
    expect(plausibleCpuPercent(900, 0)).toBe(true);
  });

  it('rejects negative and non-finite values', () => {
    expect(plausibleCpuPercent(-1, 4)).toBe(false);
    expect(plausibleCpuPercent(NaN)).toBe(false);
  });
});

describe('plausibleBytes', () => {
  it('accepts sizes from zero to just under 1 EiB', () => {
    expect(plausibleBytes(0)).toBe(true);
    expect(plausibleBytes(8 * 2 ** 30)).toBe(true);
    expect(plausibleBytes(2 ** 60 - 2 ** 20)).toBe(true);
  });

  it('rejects negative, huge and non-finite sizes', () => {
    expect(plausibleBytes(-1)).toBe(false);
    expect(plausibleBytes(2 ** 60)).toBe(false);
    expect(plausibleBytes(Infinity)).toBe(false);
    expect(plausibleBytes(NaN)).toBe(false);
  });
});

describe('usedWithinTotal', () => {
  it('accepts used up to the total', () => {
    expect(usedWithinTotal(3, 8)).toBe(true);
    expect(usedWithinTotal(8, 8)).toBe(true);
    expect(usedWithinTotal(0, 0)).toBe(true);
  });

  it('rejects used above the total or implausible sides', () => {
    expect(usedWithinTotal(9, 8)).toBe(false);
    expect(usedWithinTotal(-1, 8)).toBe(false);
    expect(usedWithinTotal(1, 2 ** 61)).toBe(false);
  });
});
