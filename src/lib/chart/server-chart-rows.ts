import type { ServerSample } from '../../model/types.ts';
import { networkRates } from '../series/network-rates.ts';
import { estimateStepMs, insertGaps } from '../series/gaps.ts';
import { plausibleBytes, plausiblePercent } from '../../model/validity.ts';

/** One instant of a server's history, flattened for charts; null draws as a gap. */
export interface ServerChartRow {
  t: number;
  cpu: number | null;
  load1: number | null;
  load5: number | null;
  load15: number | null;
  memUsed: number | null;
  memTotal: number | null;
  diskUsed: number | null;
  diskTotal: number | null;
  rx: number | null;
  tx: number | null;
  uptime: number | null;
  [key: string]: number | null;
}

const percent = (value: number | null) =>
  value !== null && plausiblePercent(value) ? value : null;
const bytes = (value: number | null) => (value !== null && plausibleBytes(value) ? value : null);
const nonNegative = (value: number | null) =>
  value !== null && value >= 0 && Number.isFinite(value) ? value : null;

/** Time-sorted samples → chart rows, with impossible values dropped and gaps marked. */
export function serverChartRows(
  samples: readonly ServerSample[],
  expectedStepMs: number,
): ServerChartRow[] {
  const rates = networkRates(samples);
  const rows = samples.map((sample, i): ServerChartRow => ({
    t: sample.collectedAt,
    cpu: percent(sample.cpuUsagePercent),
    load1: nonNegative(sample.cpuLoad1m),
    load5: nonNegative(sample.cpuLoad5m),
    load15: nonNegative(sample.cpuLoad15m),
    memUsed: bytes(sample.ramUsedBytes),
    memTotal: bytes(sample.ramTotalBytes),
    diskUsed: bytes(sample.diskUsedBytes),
    diskTotal: bytes(sample.diskTotalBytes),
    rx: rates.rx[i],
    tx: rates.tx[i],
    uptime: nonNegative(sample.uptimeSeconds),
  }));
  // The API's step is undocumented: never use a step smaller than what the data shows.
  const step = Math.max(expectedStepMs, estimateStepMs(rows.map((row) => row.t)) ?? 0);
  return insertGaps(rows, (row) => row.t, step, gapRow);
}

function gapRow(t: number): ServerChartRow {
  return {
    t,
    cpu: null,
    load1: null,
    load5: null,
    load15: null,
    memUsed: null,
    memTotal: null,
    diskUsed: null,
    diskTotal: null,
    rx: null,
    tx: null,
    uptime: null,
  };
}

/** Times at which the host rebooted: its uptime went down between two samples. */
export function rebootTimes(samples: readonly ServerSample[]): number[] {
  const times: number[] = [];
  for (let i = 1; i < samples.length; i++) {
    const before = samples[i - 1].uptimeSeconds;
    const after = samples[i].uptimeSeconds;
    if (before !== null && after !== null && after < before) {
      times.push(samples[i].collectedAt - after * 1000);
    }
  }
  return times;
}
