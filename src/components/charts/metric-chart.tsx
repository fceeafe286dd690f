import './metric-chart.css';
import { useMemo, useRef } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { bandMaxKey, bandMinKey, downsampleSeries } from '../../lib/series/downsample-series.ts';
import { pointBudget } from '../../lib/series/downsample.ts';
import { niceBinaryTicks } from '../../lib/chart/nice-ticks.ts';
import { nearestTickIndex } from './chart-sync.ts';
import { useElementWidth } from './use-element-width.ts';

export interface SeriesConfig {
  key: string;
  label: string;
  /** A CSS colour, normally a theme variable such as var(--series-1). */
  color: string;
}

export interface ChartReference {
  y: number;
  label: string;
  color: string;
}

export interface MetricChartProps {
  rows: readonly ({ t: number } & Record<string, number | null>)[];
  series: readonly SeriesConfig[];
  xDomain: readonly [number, number];
  yDomain?: readonly [number, number | 'auto'];
  formatValue: (value: number) => string;
  formatTime: (t: number) => string;
  formatTooltipTime: (t: number) => string;
  references?: readonly ChartReference[];
  /** Vertical markers, e.g. reboots. */
  markers?: readonly { x: number; label: string }[];
  /** Draw a min–max band behind the first series so a lone spike survives downsampling. */
  withBand?: boolean;
  syncId?: string;
  height?: number;
  /** Round ticks in powers of 1024, for bytes and B/s. */
  binaryAxis?: boolean;
}

/** One generic time chart: downsampled to its pixel width, no animation, gaps drawn as gaps. */
export function MetricChart(props: MetricChartProps) {
  const { rows, series, withBand = false, height = 220 } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef);
  const budget = pointBudget(width || 600);
  // Keyed by content, not identity: callers may pass a fresh series array each render.
  const keyList = series.map((item) => item.key).join('\n');
  const keys = useMemo(() => keyList.split('\n'), [keyList]);
  const data = useMemo(() => downsampleSeries(rows, keys, budget), [rows, keys, budget]);
  const bandKey = keys[0];
  const yTicks = useMemo(
    () => (props.binaryAxis ? niceBinaryTicks(maxOf(data, keys, withBand)) : undefined),
    [props.binaryAxis, data, keys, withBand],
  );

  return (
    <div ref={containerRef} className="metric-chart" style={{ height }}>
      {width > 0 ? (
        <ComposedChart
          width={width}
          height={height}
          data={data}
          syncId={props.syncId}
          syncMethod={nearestTickIndex}
          margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
        >
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[props.xDomain[0], props.xDomain[1]]}
            allowDataOverflow
            tickFormatter={props.formatTime}
            stroke="var(--text-muted)"
            tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
            minTickGap={40}
          />
          <YAxis
            domain={
              yTicks
                ? [0, yTicks[yTicks.length - 1]]
                : props.yDomain
                  ? [props.yDomain[0], props.yDomain[1]]
                  : [0, 'auto']
            }
            ticks={yTicks}
            tickFormatter={props.formatValue}
            stroke="var(--text-muted)"
            tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
            width={72}
            allowDataOverflow={false}
          />
          {withBand && bandKey ? (
            <Area
              dataKey={(row: Record<string, number | null>) => {
                const low = row[bandMinKey(bandKey)];
                const high = row[bandMaxKey(bandKey)];
                return low === null || high === null ? null : [low, high];
              }}
              stroke="none"
              fill="var(--band)"
              isAnimationActive={false}
              connectNulls={false}
              activeDot={false}
              name={`${series[0].label} range`}
              tooltipType="none"
            />
          ) : null}
          {series.map((item) => (
            <Line
              key={item.key}
              dataKey={item.key}
              name={item.label}
              stroke={item.color}
              strokeWidth={1.6}
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
          {props.references?.map((reference) => (
            <ReferenceLine
              key={reference.label}
              y={reference.y}
              stroke={reference.color}
              strokeDasharray="6 4"
              ifOverflow="extendDomain"
              label={{
                value: reference.label,
                position: 'insideTopRight',
                fill: reference.color,
                fontSize: 11,
              }}
            />
          ))}
          {props.markers?.map((marker) => (
            <ReferenceLine
              key={`${marker.x}`}
              x={marker.x}
              stroke="var(--warning)"
              strokeDasharray="2 3"
              label={{
                value: marker.label,
                position: 'insideTopLeft',
                fill: 'var(--warning)',
                fontSize: 11,
              }}
            />
          ))}
          <Tooltip
            isAnimationActive={false}
            content={(content: TooltipContentProps) => (
              <ChartTooltip
                {...content}
                series={series}
                formatValue={props.formatValue}
                formatTime={props.formatTooltipTime}
              />
            )}
          />
        </ComposedChart>
      ) : null}
    </div>
  );
}

interface ChartTooltipProps extends TooltipContentProps {
  series: readonly SeriesConfig[];
  formatValue: (value: number) => string;
  formatTime: (t: number) => string;
}

function ChartTooltip({
  active,
  payload,
  label,
  series,
  formatValue,
  formatTime,
}: ChartTooltipProps) {
  if (!active || !payload?.length || typeof label !== 'number') return null;
  const row = payload[0]?.payload as Record<string, number | null> | undefined;
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-time">{formatTime(label)}</p>
      {series.map((item) => {
        const value = row[item.key];
        return (
          <p key={item.key}>
            <span style={{ color: item.color }} aria-hidden="true">
              ━{' '}
            </span>
            {item.label}: {value === null || value === undefined ? 'no data' : formatValue(value)}
          </p>
        );
      })}
    </div>
  );
}

function maxOf(
  rows: readonly Record<string, number | null>[],
  keys: readonly string[],
  withBand: boolean,
): number {
  let max = 0;
  const columns = withBand && keys[0] ? [...keys, bandMaxKey(keys[0])] : keys;
  for (const row of rows) {
    for (const key of columns) {
      const value = row[key];
      if (value !== null && value !== undefined && value > max) max = value;
    }
  }
  return max;
}
