import './metric-chart.css';
import { memo, useMemo, useRef } from 'react';
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
import { maxOfColumns } from '../../lib/chart/chart-values.ts';
import { thenKey } from '../../lib/chart-window/compare-ghost.ts';
import { sameChartProps } from '../../lib/chart/same-chart-props.ts';
import { nearestTickIndex } from './chart-sync.ts';
import { ChartTooltip } from './panel/chart-tooltip.tsx';
import type { MetricChartProps } from './metric-chart-props.ts';
import { GHOST_STYLE, seriesDash } from './specs/series-style.ts';
import { MarkerLabel } from './marker-label.tsx';
import { renderAxisTick } from './axis-tick.tsx';
import { useElementWidth } from './use-element-width.ts';
import { ZoomLayer } from './zoom/zoom-layer.tsx';

const NO_KEYS: readonly string[] = [];
/** About one x-axis label per this many pixels ("Tue 14:00" is ~60 px wide). */
const TICK_SPACING_PX = 95;
const MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };
const Y_AXIS_WIDTH = 72;
/** Where the plot area sits inside the chart, for turning pointer x into time. */
// No vertical grid: without this the library still works out (and measures) their positions.
const NO_GRID_LINES = () => [];
const PLOT_INSETS = { left: MARGIN.left + Y_AXIS_WIDTH, right: MARGIN.right };

/**
 * One generic time chart: downsampled to its pixel width, no animation, gaps drawn as gaps.
 * Memoised by content: the page re-renders on every query tick and rebuilds its specs whenever an
 * input changes; a chart redraws only when what it shows changes.
 */
export const MetricChart = memo(function MetricChart(props: MetricChartProps) {
  const { rows, series, withBand = false, height = 220, hiddenKeys = NO_KEYS } = props;
  const ghostLabel = props.ghostLabel ?? null;
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef);
  const budget = pointBudget(width || 600);
  // Keyed by content, not identity: callers may pass a fresh series array each render.
  const keyList = series.map((item) => item.key).join('\n');
  const ghostKey = ghostLabel && series[0] ? thenKey(series[0].key) : null;
  const keys = useMemo(
    () => [...keyList.split('\n'), ...(ghostKey ? [ghostKey] : [])],
    [keyList, ghostKey],
  );
  const data = useMemo(() => downsampleSeries(rows, keys, budget), [rows, keys, budget]);
  const { timeTicks, xDomain } = props;
  const xTicks = useMemo(
    () =>
      timeTicks?.(xDomain, Math.max(2, Math.floor((width - PLOT_INSETS.left) / TICK_SPACING_PX))),
    [timeTicks, xDomain, width],
  );
  const bandKey = keys[0];
  const yTicks = useMemo(() => {
    if (!props.binaryAxis) return undefined;
    const shown = keys.filter((key) => !hiddenKeys.includes(key));
    const withBandTop = withBand && bandKey && shown[0] === bandKey;
    return niceBinaryTicks(
      maxOfColumns(data, withBandTop ? [...shown, bandMaxKey(bandKey)] : shown),
    );
  }, [props.binaryAxis, data, keys, hiddenKeys, withBand, bandKey]);

  return (
    <div
      ref={containerRef}
      className={props.zoom ? 'metric-chart is-zoomable' : 'metric-chart'}
      style={{ height }}
      tabIndex={props.zoom ? 0 : undefined}
      role={props.zoom ? 'group' : undefined}
      aria-label={props.zoom?.label}
      aria-keyshortcuts={props.zoom ? '+ - ArrowLeft ArrowRight Escape' : undefined}
    >
      {props.zoom && width > 0 ? (
        <ZoomLayer
          targetRef={containerRef}
          domain={props.xDomain}
          bounds={props.zoom.bounds}
          onZoom={props.zoom.onZoom}
          insets={PLOT_INSETS}
        />
      ) : null}
      {width > 0 ? (
        <ComposedChart
          width={width}
          height={height}
          data={data}
          syncId={props.syncId}
          syncMethod={nearestTickIndex}
          margin={MARGIN}
          accessibilityLayer={false}
        >
          <CartesianGrid
            stroke="var(--grid)"
            vertical={false}
            verticalCoordinatesGenerator={NO_GRID_LINES}
          />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[props.xDomain[0], props.xDomain[1]]}
            allowDataOverflow
            ticks={xTicks}
            interval={xTicks ? 0 : 'preserveEnd'}
            tickFormatter={props.formatTime}
            stroke="var(--text-muted)"
            tick={renderAxisTick}
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
            tick={renderAxisTick}
            // Five-odd labels over the chart's height never collide: no need to measure them.
            interval={0}
            width={Y_AXIS_WIDTH}
            allowDataOverflow={false}
          />
          {ghostKey ? (
            <Line
              dataKey={ghostKey}
              name={`${series[0].label}, ${ghostLabel}`}
              stroke={series[0].color}
              strokeWidth={1.4}
              {...GHOST_STYLE}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
              connectNulls={false}
              hide={hiddenKeys.includes(series[0].key)}
              tooltipType="none"
            />
          ) : null}
          {withBand && bandKey && !hiddenKeys.includes(bandKey) ? (
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
          {series.map((item, index) => (
            <Line
              key={item.key}
              dataKey={item.key}
              name={item.label}
              stroke={item.color}
              strokeDasharray={seriesDash(index)}
              hide={hiddenKeys.includes(item.key)}
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
          {props.markers?.map((marker, index) => {
            const color = marker.color ?? 'var(--warning)';
            const { title } = marker;
            return (
              <ReferenceLine
                key={`${marker.x}-${marker.label}-${index}`}
                x={marker.x}
                stroke={color}
                strokeDasharray="2 3"
                label={
                  title
                    ? (label: { viewBox?: { x?: number; y?: number } }) => (
                        <MarkerLabel
                          viewBox={label.viewBox}
                          text={marker.label}
                          title={title}
                          color={color}
                        />
                      )
                    : { value: marker.label, position: 'insideTopLeft', fill: color, fontSize: 11 }
                }
              />
            );
          })}
          <Tooltip
            isAnimationActive={false}
            content={(content: TooltipContentProps) => (
              <ChartTooltip
                {...content}
                series={series}
                hiddenKeys={hiddenKeys}
                formatValue={props.formatValue}
                formatTime={props.formatTooltipTime}
                ghostLabel={ghostKey ? ghostLabel : null}
              />
            )}
          />
        </ComposedChart>
      ) : null}
    </div>
  );
}, sameChartProps);
