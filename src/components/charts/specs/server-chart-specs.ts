import { lastValue, peakValue } from '../../../lib/chart/chart-values.ts';
import {
  formatBytes,
  formatBytesPair,
  formatDuration,
  formatNumber,
  formatPercent,
  formatRate,
} from '../../../lib/format.ts';
import {
  LOAD_CRITICAL_PER_CORE,
  PERCENT_CRITICAL,
  PERCENT_WARNING,
} from '../../../model/thresholds.ts';
import type { ChartSpec } from '../chart-grid.tsx';

export const PERCENT_REFERENCES = [
  { label: `Warning ${PERCENT_WARNING} %`, color: 'var(--warning)', y: PERCENT_WARNING },
  { label: `Critical ${PERCENT_CRITICAL} %`, color: 'var(--critical)', y: PERCENT_CRITICAL },
];

/** Receive/transmit rates from the rows' `rx`/`tx` columns; servers and instances share it. */
export const NETWORK_SPEC: ChartSpec = {
  title: 'Network',
  summary: (rows) =>
    `Receive ${formatRate(lastValue(rows, 'rx'))} · transmit ${formatRate(lastValue(rows, 'tx'))}`,
  series: [
    { key: 'rx', label: 'Receive', color: 'var(--series-1)' },
    { key: 'tx', label: 'Transmit', color: 'var(--series-2)' },
  ],
  formatValue: formatRate,
  unit: 'B/s',
  binaryAxis: true,
  band: true,
};

export const percentTick = (value: number) => `${Math.round(value)} %`;

type Rows = Parameters<ChartSpec['summary']>[0];

function usedOfTotal(rows: Rows, used: string, total: string): string {
  const usedBytes = lastValue(rows, used);
  const totalBytes = lastValue(rows, total);
  const percent = usedBytes !== null && totalBytes ? (usedBytes / totalBytes) * 100 : null;
  return `${formatBytesPair(usedBytes, totalBytes)} used · ${formatPercent(percent)}`;
}

/** The six server charts, keyed to the rows of src/lib/chart/server-chart-rows.ts. */
export function serverChartSpecs(cores: number | null, reboots: number[]): ChartSpec[] {
  return [
    {
      title: 'CPU usage',
      summary: (rows) =>
        `Latest ${formatPercent(lastValue(rows, 'cpu'))} · peak ${formatPercent(peakValue(rows, 'cpu'))}`,
      series: [{ key: 'cpu', label: 'CPU', color: 'var(--series-1)' }],
      formatValue: percentTick,
      unit: '%',
      yDomain: [0, 100],
      references: PERCENT_REFERENCES,
      band: true,
    },
    {
      title: 'Load average',
      summary: (rows) =>
        `1 m ${formatNumber(lastValue(rows, 'load1'), 2)} · 5 m ${formatNumber(lastValue(rows, 'load5'), 2)} · 15 m ${formatNumber(lastValue(rows, 'load15'), 2)}${cores ? ` · ${cores} cores` : ''}`,
      series: [
        { key: 'load1', label: 'Load 1 m', color: 'var(--series-1)' },
        { key: 'load5', label: 'Load 5 m', color: 'var(--series-3)' },
        { key: 'load15', label: 'Load 15 m', color: 'var(--series-4)' },
      ],
      formatValue: (value) => formatNumber(value, 1),
      unit: 'runnable tasks',
      references: cores
        ? [
            { y: cores, label: `${cores} cores`, color: 'var(--warning)' },
            {
              y: cores * LOAD_CRITICAL_PER_CORE,
              label: `${LOAD_CRITICAL_PER_CORE}× cores`,
              color: 'var(--critical)',
            },
          ]
        : [],
      band: true,
    },
    {
      title: 'Memory',
      summary: (rows) => usedOfTotal(rows, 'memUsed', 'memTotal'),
      series: [
        { key: 'memUsed', label: 'Used', color: 'var(--series-2)' },
        { key: 'memTotal', label: 'Total', color: 'var(--text-muted)' },
      ],
      formatValue: formatBytes,
      unit: 'bytes',
      binaryAxis: true,
      band: true,
    },
    {
      title: 'Disk',
      summary: (rows) => `${usedOfTotal(rows, 'diskUsed', 'diskTotal')} on /`,
      series: [
        { key: 'diskUsed', label: 'Used', color: 'var(--series-5)' },
        { key: 'diskTotal', label: 'Total', color: 'var(--text-muted)' },
      ],
      formatValue: formatBytes,
      unit: 'bytes',
      binaryAxis: true,
    },
    NETWORK_SPEC,
    {
      title: 'Uptime',
      summary: (rows) =>
        `Up ${formatDuration(lastValue(rows, 'uptime'))} · ${reboots.length === 0 ? 'no reboot' : reboots.length === 1 ? '1 reboot' : `${reboots.length} reboots`} in this period`,
      series: [{ key: 'uptime', label: 'Uptime', color: 'var(--series-4)' }],
      formatValue: (value) => formatDuration(value).split(' ').slice(0, 2).join(' '),
      unit: 's',
      markers: reboots.map((x) => ({ x, label: 'Reboot' })),
    },
  ];
}
