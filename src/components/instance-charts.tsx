import type { Period } from '../api/types.ts';
import { lastValue, peakValue } from '../lib/chart-values.ts';
import { fieldLabel, fieldUnit } from '../lib/field-label.ts';
import {
  formatBytes,
  formatBytesPair,
  formatNumber,
  formatPercent,
  formatRate,
} from '../lib/format.ts';
import { extraKey, type InstanceChartRow } from '../lib/instance-chart-rows.ts';
import { ChartCard } from './chart-card.tsx';
import { MetricChart, type MetricChartProps } from './metric-chart.tsx';
import type { HistoryState } from './server-charts.tsx';
import { useTimeAxis } from './use-time-axis.ts';

interface InstanceChartsProps {
  rows: InstanceChartRow[];
  extraFields: string[];
  period: Period;
  xDomain: readonly [number, number];
  history: HistoryState;
  syncId: string;
}

const EXTRA_COLORS = ['var(--series-3)', 'var(--series-4)', 'var(--series-5)', 'var(--series-2)'];

/** Formatter for a field the API did not document, chosen from its name. */
function formatterFor(name: string): (value: number) => string {
  switch (fieldUnit(name)) {
    case 'bytes':
      return formatBytes;
    case 'percent':
      return (value) => formatPercent(value);
    case 'ms':
      return (value) => `${formatNumber(value, 0)} ms`;
    case 'seconds':
      return (value) => `${formatNumber(value, 1)} s`;
    case 'rate':
      return (value) => `${formatNumber(value, 1)}/s`;
    default:
      return (value) => formatNumber(value, value >= 100 ? 0 : 2);
  }
}

/** History charts of one instance: the known four, then one per extra numeric field. */
export function InstanceCharts({
  rows,
  extraFields,
  period,
  xDomain,
  history,
  syncId,
}: InstanceChartsProps) {
  const timeAxis = useTimeAxis(period);
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
  const card = {
    ...history,
    emptyMessage:
      !history.isLoading && !history.error && rows.length === 0
        ? 'No samples in this period.'
        : null,
  };
  return (
    <div className="card-grid">
      <ChartCard
        title="CPU usage"
        summary={`Latest ${formatPercent(lastValue(rows, 'cpu'))} · peak ${formatPercent(peakValue(rows, 'cpu'))} (100 % = one core)`}
        {...card}
      >
        <MetricChart
          {...common}
          series={[{ key: 'cpu', label: 'CPU', color: 'var(--series-1)' }]}
          formatValue={(v) => `${Math.round(v)} %`}
          withBand={withBand}
        />
      </ChartCard>
      <ChartCard
        title="Memory"
        summary={`${formatBytesPair(lastValue(rows, 'memUsed'), lastValue(rows, 'memLimit'))} used of limit`}
        {...card}
      >
        <MetricChart
          {...common}
          series={[
            { key: 'memUsed', label: 'Used', color: 'var(--series-2)' },
            { key: 'memLimit', label: 'Limit', color: 'var(--text-muted)' },
          ]}
          formatValue={formatBytes}
          binaryAxis
          withBand={withBand}
        />
      </ChartCard>
      <ChartCard
        title="Disk"
        summary={`${formatBytes(lastValue(rows, 'diskUsed'))} used`}
        {...card}
      >
        <MetricChart
          {...common}
          series={[{ key: 'diskUsed', label: 'Used', color: 'var(--series-5)' }]}
          formatValue={formatBytes}
          binaryAxis
        />
      </ChartCard>
      <ChartCard
        title="Network"
        summary={`Receive ${formatRate(lastValue(rows, 'rx'))} · transmit ${formatRate(lastValue(rows, 'tx'))}`}
        {...card}
      >
        <MetricChart
          {...common}
          series={[
            { key: 'rx', label: 'Receive', color: 'var(--series-1)' },
            { key: 'tx', label: 'Transmit', color: 'var(--series-2)' },
          ]}
          formatValue={formatRate}
          binaryAxis
          withBand={withBand}
        />
      </ChartCard>
      {extraFields.map((name, index) => {
        const key = extraKey(name);
        const label = fieldLabel(name);
        const format = formatterFor(name);
        const latest = lastValue(rows, key);
        return (
          <ChartCard
            key={name}
            title={label}
            summary={`Latest ${latest === null ? '—' : format(latest)}`}
            {...card}
          >
            <MetricChart
              {...common}
              series={[{ key, label, color: EXTRA_COLORS[index % EXTRA_COLORS.length] }]}
              formatValue={format}
              withBand={withBand}
            />
          </ChartCard>
        );
      })}
    </div>
  );
}
