import { counterRates } from './rates.ts';

interface CounterSample {
  collectedAt: number;
  networkRxBytes: number | null;
  networkTxBytes: number | null;
  uptimeSeconds?: number | null;
}

type CounterKey = 'networkRxBytes' | 'networkTxBytes';

/** Receive/transmit rates (B/s) at each sample, from cumulative counters; resets give null. */
export function networkRates(samples: readonly CounterSample[]): {
  rx: (number | null)[];
  tx: (number | null)[];
} {
  const uptimeSeconds = samples.map((sample) => sample.uptimeSeconds ?? null);
  const ratesOf = (key: CounterKey) =>
    counterRates(
      samples.map((sample) => ({ t: sample.collectedAt, value: sample[key] })),
      { uptimeSeconds },
    ).map((point) => point.rate);
  return { rx: ratesOf('networkRxBytes'), tx: ratesOf('networkTxBytes') };
}

/** The rate between two samples of one counter, or null when it cannot be known. */
export function pairRate(
  previous: CounterSample | null,
  current: CounterSample | null,
  key: CounterKey,
): number | null {
  if (!previous || !current) return null;
  const [, step] = counterRates(
    [
      { t: previous.collectedAt, value: previous[key] },
      { t: current.collectedAt, value: current[key] },
    ],
    { uptimeSeconds: [previous.uptimeSeconds ?? null, current.uptimeSeconds ?? null] },
  );
  return step.rate;
}
