import { describe, expect, it } from 'vitest';
import { PIXEL_SHIFT_MAX, PIXEL_SHIFT_STEP_MS, fitZoom, pixelShiftAt } from './screen-fit.ts';

describe('fitZoom', () => {
  it('keeps 1080p as designed and doubles 4K', () => {
    expect(fitZoom(1920, 1080)).toBe(1);
    expect(fitZoom(3840, 2160)).toBe(2);
    expect(fitZoom(2560, 1440)).toBe(1.3);
  });

  it('never shrinks a small or odd screen', () => {
    expect(fitZoom(1280, 400)).toBe(1);
    expect(fitZoom(3840, 400)).toBe(1);
    expect(fitZoom(0, 0)).toBe(1);
  });
});

describe('pixelShiftAt', () => {
  it('moves every few minutes and stays within the reserved margin', () => {
    const seen = new Set<string>();
    for (let step = 0; step < 16; step++) {
      const { x, y } = pixelShiftAt(step * PIXEL_SHIFT_STEP_MS);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(PIXEL_SHIFT_MAX);
      seen.add(`${x},${y}`);
    }
    expect(seen.size).toBe(8);
    expect(pixelShiftAt(0)).toEqual(pixelShiftAt(PIXEL_SHIFT_STEP_MS - 1));
    expect(pixelShiftAt(0)).not.toEqual(pixelShiftAt(PIXEL_SHIFT_STEP_MS));
  });
});
