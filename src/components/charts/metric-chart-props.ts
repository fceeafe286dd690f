// What one chart is given: its rows, series, axes and the optional markers, band, ghost and zoom.
import type { TimeWindow } from '../../lib/chart-window/time-window.ts';
import type { ChartReference, SeriesConfig } from './specs/series-config.ts';

export interface ChartMarker {
  x: number;
  label: string;
  /** Full text on hover and focus (alerts); reboots show their label alone. */
  title?: string;
  color?: string;
}

export interface MetricChartProps {
  rows: readonly ({ t: number } & Record<string, number | null>)[];
  series: readonly SeriesConfig[];
  xDomain: readonly [number, number];
  yDomain?: readonly [number, number | 'auto'];
  formatValue: (value: number) => string;
  formatTime: (t: number) => string;
  formatTooltipTime: (t: number) => string;
  /** Round x ticks for a window; without it the chart library picks (and measures) its own. */
  timeTicks?: (window: readonly [number, number], maxTicks: number) => number[];
  references?: readonly ChartReference[];
  /** Vertical markers, e.g. reboots and alerts. */
  markers?: readonly ChartMarker[];
  /** Draw a min–max band behind the first series so a lone spike survives downsampling. */
  withBand?: boolean;
  syncId?: string;
  height?: number;
  /** Round ticks in powers of 1024, for bytes and B/s. */
  binaryAxis?: boolean;
  /** Series drawn but hidden (legend toggles): kept in the data so toggling does not resample. */
  hiddenKeys?: readonly string[];
  /** With compare on: "same time yesterday"; the first series' `key__then` column is drawn faint. */
  ghostLabel?: string | null;
  /** Drag, double-click and keys zoom the chart within these bounds (the whole period). */
  zoom?: { bounds: TimeWindow; onZoom: (window: TimeWindow | null) => void; label: string };
}
