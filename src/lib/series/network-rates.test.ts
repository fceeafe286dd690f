import { describe, expect, it } from 'vitest';
import { networkRates, pairRate } from './network-rates.ts';

const sample = (seconds: number, rx: number | null, tx: number | null, uptimeSeconds: number) => ({
  collectedAt: seconds * 1000,
  networkRxBytes: rx,
  networkTxBytes: tx,
  uptimeSeconds,
});

describe('networkRates', () => {
  it('derives per-second rates and leaves a gap at a reboot instead of a negative spike', () => {
    const rates = networkRates([
      sample(0, 1000, 500, 100),
      sample(10, 11_000, 1500, 110),
      sample(20, 200, 100, 5), // rebooted: counters and uptime restarted
      sample(30, 10_200, 1100, 15),
    ]);
    expect(rates.rx).toEqual([null, 1000, null, 1000]);
    expect(rates.tx).toEqual([null, 100, null, 100]);
  });

  it('treats a reset the uptime does not show (counter wrapped) as unknown, never negative', () => {
    const rates = networkRates([sample(0, 5000, 0, 100), sample(10, 4000, 0, 110)]);
    expect(rates.rx).toEqual([null, null]);
  });
});

describe('pairRate', () => {
  it('needs two samples', () => {
    expect(pairRate(null, sample(10, 1, 1, 1), 'networkRxBytes')).toBeNull();
    expect(pairRate(sample(0, 0, 0, 1), sample(30, 3000, 0, 31), 'networkRxBytes')).toBe(100);
  });
});
