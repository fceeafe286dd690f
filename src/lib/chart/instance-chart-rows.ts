import type { InstanceSample } from '../../model/types.ts';
import { networkRates } from '../series/network-rates.ts';
import { estimateStepMs, insertGaps } from '../series/gaps.ts';
import { plausibleBytes, plausibleCpuPercent } from '../../model/validity.ts';

/** One instant of an instance's history, flattened for charts; extra fields are keyed `extra:<name>`. */
export type InstanceChartRow = { t: number } & Record<string, number | null>;

export const extraKey = (name: string) => `extra:${name}`;

const bytes = (value: number | null) => (value !== null && plausibleBytes(value) ? value : null);

/** The extra numeric fields present anywhere in the samples, in first-seen order. */
export function extraFieldNames(samples: readonly InstanceSample[]): string[] {
  const names = new Set<string>();
  for (const sample of samples) for (const name of Object.keys(sample.extra)) names.add(name);
  return [...names];
}

/** Time-sorted samples → chart rows, impossible values dropped (CPU against the cores), gaps marked. */
export function instanceChartRows(
  samples: readonly InstanceSample[],
  expectedStepMs: number,
  cpuCores?: number | null,
): InstanceChartRow[] {
  const extras = extraFieldNames(samples);
  const rates = networkRates(samples);
  const keys = ['cpu', 'memUsed', 'memLimit', 'diskUsed', 'rx', 'tx', ...extras.map(extraKey)];
  const rows = samples.map((sample, i) => {
    const row: InstanceChartRow = {
      t: sample.collectedAt,
      cpu:
        sample.cpuUsagePercent !== null && plausibleCpuPercent(sample.cpuUsagePercent, cpuCores)
          ? sample.cpuUsagePercent
          : null,
      memUsed: bytes(sample.memoryUsedBytes),
      memLimit: bytes(sample.memoryLimitBytes),
      diskUsed: bytes(sample.diskUsedBytes),
      rx: rates.rx[i],
      tx: rates.tx[i],
    };
    for (const name of extras) {
      const value = sample.extra[name];
      row[extraKey(name)] = Number.isFinite(value) ? value : null;
    }
    return row;
  });
  const step = Math.max(expectedStepMs, estimateStepMs(rows.map((row) => row.t)) ?? 0);
  return insertGaps(
    rows,
    (row) => row.t,
    step,
    (t) => {
      const gap: InstanceChartRow = { t };
      for (const key of keys) gap[key] = null;
      return gap;
    },
  );
}
