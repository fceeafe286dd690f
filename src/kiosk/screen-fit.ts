// Pure helpers for a screen nobody touches: how much to enlarge it, and where to nudge it.

/** The layout is designed for 1920×1080; bigger screens are zoomed so it fills them the same way. */
export const DESIGN_WIDTH = 1920;
export const DESIGN_HEIGHT = 1080;

/** Zoom factor for a viewport: never below 1 (small screens reflow instead), in steps of 0.05. */
export function fitZoom(width: number, height: number): number {
  if (!(width > 0) || !(height > 0)) return 1;
  const scale = Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT);
  return Math.max(1, Math.floor(scale * 20) / 20);
}

/** Burn-in protection: the whole screen moves a few pixels every few minutes along a small square. */
export const PIXEL_SHIFT_STEP_MS = 3 * 60_000;
const ORBIT: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [2, 0],
  [4, 0],
  [4, 2],
  [4, 4],
  [2, 4],
  [0, 4],
  [0, 2],
];
/** The largest offset in either direction; the layout keeps this much room. */
export const PIXEL_SHIFT_MAX = 4;

export function pixelShiftAt(now: number): { x: number; y: number } {
  const step = Math.floor(now / PIXEL_SHIFT_STEP_MS) % ORBIT.length;
  const [x, y] = ORBIT[step < 0 ? step + ORBIT.length : step];
  return { x, y };
}
