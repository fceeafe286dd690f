// Axis ticks that land on round numbers in the unit the labels will use (KiB, MiB, GiB…).
const STEPS = [1, 2, 2.5, 5, 10];

function niceStep(rawStep: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(rawStep));
  const step = STEPS.find((candidate) => candidate * magnitude >= rawStep) ?? 10;
  return step * magnitude;
}

/** About `count` ticks from 0 up to at least `max`, round in powers of 1024 (bytes, B/s). */
export function niceBinaryTicks(max: number, count = 4): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const unit = 1024 ** Math.max(0, Math.floor(Math.log(max) / Math.log(1024)));
  const step = niceStep(max / unit / count) * unit;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step * 0.999; tick += step) ticks.push(tick);
  return ticks;
}
