import { lastValue, peakValue } from '../../../lib/chart/chart-values.ts';
import { fieldLabel, fieldUnit } from '../../../lib/field-label.ts';
import {
  formatBytes,
  formatBytesPair,
  formatNumber,
  formatPercent,
  MISSING,
} from '../../../lib/format.ts';
import { extraKey } from '../../../lib/chart/instance-chart-rows.ts';
import type { ChartSpec } from '../chart-grid.tsx';
import { NETWORK_SPEC, percentTick } from './server-chart-specs.ts';

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

/** An instance's known four charts, then one generic chart per extra numeric field. */
export function instanceChartSpecs(extraFields: readonly string[]): ChartSpec[] {
  const known: ChartSpec[] = [
    {
      title: 'CPU usage',
      summary: (rows) =>
        `Latest ${formatPercent(lastValue(rows, 'cpu'))} · peak ${formatPercent(peakValue(rows, 'cpu'))} (100 % = one core)`,
      series: [{ key: 'cpu', label: 'CPU', color: 'var(--series-1)' }],
      formatValue: percentTick,
      unit: '% of one core',
      band: true,
    },
    {
      title: 'Memory',
      summary: (rows) =>
        `${formatBytesPair(lastValue(rows, 'memUsed'), lastValue(rows, 'memLimit'))} used of limit`,
      series: [
        { key: 'memUsed', label: 'Used', color: 'var(--series-2)' },
        { key: 'memLimit', label: 'Limit', color: 'var(--text-muted)' },
      ],
      formatValue: formatBytes,
      unit: 'bytes',
      binaryAxis: true,
      band: true,
    },
    {
      title: 'Disk',
      summary: (rows) => `${formatBytes(lastValue(rows, 'diskUsed'))} used`,
      series: [{ key: 'diskUsed', label: 'Used', color: 'var(--series-5)' }],
      formatValue: formatBytes,
      unit: 'bytes',
      binaryAxis: true,
    },
    NETWORK_SPEC,
  ];
  const extras = extraFields.map((name, index): ChartSpec => {
    const key = extraKey(name);
    const format = formatterFor(name);
    return {
      title: fieldLabel(name),
      summary: (rows) => {
        const latest = lastValue(rows, key);
        return `Latest ${latest === null ? MISSING : format(latest)}`;
      },
      series: [{ key, label: fieldLabel(name), color: EXTRA_COLORS[index % EXTRA_COLORS.length] }],
      formatValue: format,
      band: true,
    };
  });
  return [...known, ...extras];
}
