import { describe, expect, it } from 'vitest';
import { cpuLimitText, invalidReading } from './invalid-reading.ts';

describe('invalidReading', () => {
  const sample = { rejected: { cpuUsagePercent: '4000', ramUsedBytes: '-1234567' } };

  it('explains a missing value with what the API sent', () => {
    expect(invalidReading(sample, null, 'cpuUsagePercent')).toEqual({
      raw: '4000',
      expected: '0–100 %',
    });
    expect(invalidReading(sample, null, 'ramUsagePercent', 'ramUsedBytes')).toEqual({
      raw: '-1234567',
      expected: 'a size no larger than the total',
    });
  });

  it('says nothing when the value is shown, was not sent, or the sample is clean', () => {
    expect(invalidReading(sample, 12, 'cpuUsagePercent')).toBeNull();
    expect(invalidReading(sample, null, 'diskUsedBytes')).toBeNull();
    expect(invalidReading({}, null, 'cpuUsagePercent')).toBeNull();
    expect(invalidReading(null, null, 'cpuUsagePercent')).toBeNull();
  });
});

describe('cpuLimitText', () => {
  it('scales with the cores when they are known', () => {
    expect(cpuLimitText(8)).toBe('0–800 % (8 cores × 100 %)');
    expect(cpuLimitText(null)).toBe('0–6400 %');
  });
});
