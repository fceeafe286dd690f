import type { Period } from '../api/types.ts';
import { lastValue, peakValue } from '../lib/chart-values.ts';
import {
  formatBytes,
  formatBytesPair,
  formatDuration,
  formatNumber,
  formatPercent,
  formatRate,
} from '../lib/format.ts';
import type { ServerChartRow } from '../lib/server-chart-rows.ts';
import { LOAD_CRITICAL_PER_CORE, PERCENT_CRITICAL, PERCENT_WARNING } from '../lib/thresholds.ts';
import { ChartCard } from './chart-card.tsx';
import { MetricChart, type MetricChartProps } from './metric-chart.tsx';
import { useTimeAxis } from './use-time-axis.ts';

export interface HistoryState {
  isLoading: boolean;
  isDimmed: boolean;
  error: { message: string; onRetry: () => void; isRetrying: boolean } | null;
  collectedAt: number | null;
  expectedIntervalMs: number;
}

interface ServerChartsProps {
  rows: ServerChartRow[];
  period: Period;
  xDomain: readonly [number, number];
  cores: number | null;
  reboots: number[];
  history: HistoryState;
  syncId: string;
}

const WARNING = {
  label: `Warning ${PERCENT_WARNING} %`,
  color: 'var(--warning)',
  y: PERCENT_WARNING,
};
const CRITICAL = {
  label: `Critical ${PERCENT_CRITICAL} %`,
  color: 'var(--critical)',
  y: PERCENT_CRITICAL,
};
const LAST_KEYS = [
  'cpu',
  'load1',
  'load5',
  'load15',
  'memUsed',
  'memTotal',
  'diskUsed',
  'diskTotal',
  'rx',
  'tx',
  'uptime',
] as const;
const percentTick = (value: number) => `${Math.round(value)} %`;
const bytesPerSecond = (value: number) => formatRate(value);

/** The six server charts; the page only says which data and period. */
export function ServerCharts({
  rows,
  period,
  xDomain,
  cores,
  reboots,
  history,
  syncId,
}: ServerChartsProps) {
  const timeAxis = useTimeAxis(period);
  const last = Object.fromEntries(LAST_KEYS.map((key) => [key, lastValue(rows, key)])) as Record<
    (typeof LAST_KEYS)[number],
    number | null
  >;
  const withBand = period === '24h' || period === '7d';
  const common: Pick<
    MetricChartProps,
    'rows' | 'xDomain' | 'formatTime' | 'formatTooltipTime' | 'syncId'
  > = {
    rows,
    xDomain,
    syncId,
    ...timeAxis,
  };
  const isEmpty =
    !history.isLoading && !history.error && rows.length === 0 ? 'No samples in this period.' : null;
  const card = { ...history, emptyMessage: isEmpty };
  const memPercent =
    last.memUsed !== null && last.memTotal ? (last.memUsed / last.memTotal) * 100 : null;
  const diskPercent =
    last.diskUsed !== null && last.diskTotal ? (last.diskUsed / last.diskTotal) * 100 : null;

  return (
    <div className="card-grid">
      <ChartCard
        title="CPU usage"
        summary={`Latest ${formatPercent(last.cpu)} · peak ${formatPercent(peakValue(rows, 'cpu'))}`}
        {...card}
      >
        <MetricChart
          {...common}
          series={[{ key: 'cpu', label: 'CPU', color: 'var(--series-1)' }]}
          yDomain={[0, 100]}
          formatValue={percentTick}
          references={[WARNING, CRITICAL]}
          withBand={withBand}
        />
      </ChartCard>
      <ChartCard
        title="Load average"
        summary={`1 m ${formatNumber(last.load1, 2)} · 5 m ${formatNumber(last.load5, 2)} · 15 m ${formatNumber(last.load15, 2)}${cores ? ` · ${cores} cores` : ''}`}
        {...card}
      >
        <MetricChart
          {...common}
          series={[
            { key: 'load1', label: 'Load 1 m', color: 'var(--series-1)' },
            { key: 'load5', label: 'Load 5 m', color: 'var(--series-3)' },
            { key: 'load15', label: 'Load 15 m', color: 'var(--series-4)' },
          ]}
          formatValue={(value) => formatNumber(value, 1)}
          references={
            cores
              ? [
                  { y: cores, label: `${cores} cores`, color: 'var(--warning)' },
                  {
                    y: cores * LOAD_CRITICAL_PER_CORE,
                    label: `${LOAD_CRITICAL_PER_CORE}× cores`,
                    color: 'var(--critical)',
                  },
                ]
              : []
          }
          withBand={withBand}
        />
      </ChartCard>
      <ChartCard
        title="Memory"
        summary={`${formatBytesPair(last.memUsed, last.memTotal)} used · ${formatPercent(memPercent)}`}
        {...card}
      >
        <MetricChart
          {...common}
          series={[
            { key: 'memUsed', label: 'Used', color: 'var(--series-2)' },
            { key: 'memTotal', label: 'Total', color: 'var(--text-muted)' },
          ]}
          formatValue={formatBytes}
          binaryAxis
          withBand={withBand}
        />
      </ChartCard>
      <ChartCard
        title="Disk"
        summary={`${formatBytesPair(last.diskUsed, last.diskTotal)} used on / · ${formatPercent(diskPercent)}`}
        {...card}
      >
        <MetricChart
          {...common}
          series={[
            { key: 'diskUsed', label: 'Used', color: 'var(--series-5)' },
            { key: 'diskTotal', label: 'Total', color: 'var(--text-muted)' },
          ]}
          formatValue={formatBytes}
          binaryAxis
        />
      </ChartCard>
      <ChartCard
        title="Network"
        summary={`Receive ${formatRate(last.rx)} · transmit ${formatRate(last.tx)}`}
        {...card}
      >
        <MetricChart
          {...common}
          series={[
            { key: 'rx', label: 'Receive', color: 'var(--series-1)' },
            { key: 'tx', label: 'Transmit', color: 'var(--series-2)' },
          ]}
          formatValue={bytesPerSecond}
          binaryAxis
          withBand={withBand}
        />
      </ChartCard>
      <ChartCard
        title="Uptime"
        summary={`Up ${formatDuration(last.uptime)}${reboots.length ? ` · ${reboots.length} reboot${reboots.length > 1 ? 's' : ''} in this period` : ' · no reboot in this period'}`}
        {...card}
      >
        <MetricChart
          {...common}
          series={[{ key: 'uptime', label: 'Uptime', color: 'var(--series-4)' }]}
          formatValue={(value) => formatDuration(value).split(' ').slice(0, 2).join(' ')}
          markers={reboots.map((x) => ({ x, label: 'Reboot' }))}
        />
      </ChartCard>
    </div>
  );
}
