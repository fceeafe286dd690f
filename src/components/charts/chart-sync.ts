import type { MouseHandlerDataParam, TickItem } from 'recharts';

/**
 * Shared crosshair between charts whose rows differ (each is downsampled to its own width):
 * show the tick nearest in time to the one hovered in the other chart.
 */
export function nearestTickIndex(
  ticks: ReadonlyArray<TickItem>,
  data: MouseHandlerDataParam,
): number {
  const target = Number(data.activeLabel);
  if (!Number.isFinite(target) || ticks.length === 0) return -1;
  let best = 0;
  let bestDistance = Infinity;
  for (let i = 0; i < ticks.length; i++) {
    const distance = Math.abs(Number(ticks[i].value) - target);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return ticks[best].index ?? best;
}
