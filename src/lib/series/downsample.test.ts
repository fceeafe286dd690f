import { describe, expect, it } from 'vitest';
import { pointBudget } from './downsample.ts';

describe('pointBudget', () => {
  it('gives about one point per 2 px, clamped to 60–1000', () => {
    expect(pointBudget(800)).toBe(400);
    expect(pointBudget(50)).toBe(60);
    expect(pointBudget(0)).toBe(60);
    expect(pointBudget(3840)).toBe(1000);
    expect(pointBudget(NaN)).toBe(60);
  });
});
