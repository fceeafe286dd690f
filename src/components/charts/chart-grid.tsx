import './chart-grid.css';
import { useMemo } from 'react';
import type { Period } from '../../model/types.ts';
import { rowsInWindow, type TimeWindow } from '../../lib/chart-window/time-window.ts';
import { ChartPanel } from './panel/chart-panel.tsx';
import type { ChartReference, SeriesConfig } from './specs/series-config.ts';
import type { ChartMarker } from './metric-chart-props.ts';
import { useStagedRows } from './use-staged-rows.ts';
import { useTimeAxis } from './use-time-axis.ts';
import { CompareToggle } from './zoom/compare-toggle.tsx';
import { KeysHelp } from './zoom/keys-help.tsx';
import { ZoomBar } from './zoom/zoom-bar.tsx';

export type ChartRow = { t: number } & Record<string, number | null>;

/** One chart, declared: what to draw and how to say its latest value. */
export interface ChartSpec {
  title: string;
  summary: (rows: readonly ChartRow[]) => string;
  series: SeriesConfig[];
  formatValue: (value: number) => string;
  /** For the CSV header: "%", "bytes", "B/s". */
  unit?: string;
  /** Round ticks in powers of 1024 (bytes, B/s). */
  binaryAxis?: boolean;
  /** Min–max band at 24 h and 7 d, so a lone spike survives downsampling. */
  band?: boolean;
  yDomain?: readonly [number, number | 'auto'];
  references?: ChartReference[];
  markers?: ChartMarker[];
}

/** The state of the history every chart in a grid shares. */
export interface HistoryState {
  isLoading: boolean;
  isDimmed: boolean;
  error: { message: string; onRetry: () => void; isRetrying: boolean } | null;
  collectedAt: number | null;
  expectedIntervalMs: number;
}

/** What the operator chose to look at: zoom, compare, and the resolution the window is drawn at. */
export interface ChartView {
  zoom: TimeWindow | null;
  onZoom: (window: TimeWindow | null) => void;
  compare: {
    isOn: boolean;
    label: string | null;
    disabledReason: string | null;
    onChange: (on: boolean) => void;
  };
  resolution: string;
}

interface ChartGridProps {
  specs: ChartSpec[];
  rows: ChartRow[];
  period: Period;
  /** The whole period's window. */
  xDomain: TimeWindow;
  history: HistoryState;
  syncId: string;
  view: ChartView;
}

/** A grid of chart cards over one history: shared crosshair, time axis, zoom and compare. */
export function ChartGrid({ specs, rows, period, xDomain, history, syncId, view }: ChartGridProps) {
  const timeAxis = useTimeAxis(period);
  const withBand = period === '24h' || period === '7d';
  const { zoom, onZoom } = view;
  const shown = zoom ?? xDomain;
  const windowRows = useMemo(() => (zoom ? rowsInWindow(rows, zoom, 1) : rows), [rows, zoom]);
  const emptyMessage =
    history.isLoading || history.error
      ? null
      : rows.length === 0
        ? 'No samples in this period.'
        : windowRows.length === 0
          ? 'No samples in this window.'
          : null;
  const ghostLabel = view.compare.isOn && view.compare.label ? view.compare.label : null;
  const staged = useStagedRows(windowRows, specs.length);
  return (
    <>
      <div className="chart-toolbar">
        <ZoomBar
          zoom={zoom}
          liveEnd={xDomain[1]}
          onZoom={onZoom}
          formatTime={timeAxis.formatTooltipTime}
        />
        <CompareToggle {...view.compare} />
        <KeysHelp />
      </div>
      <div className="card-grid">
        {specs.map((spec, index) => (
          <ChartPanel
            key={spec.title}
            spec={spec}
            {...stagedProps(staged(index), history)}
            shown={shown}
            bounds={xDomain}
            onZoom={onZoom}
            timeAxis={timeAxis}
            withBand={withBand}
            emptyMessage={emptyMessage}
            resolution={view.resolution}
            ghostLabel={ghostLabel}
            syncId={syncId}
          />
        ))}
      </div>
    </>
  );
}

/** A chart not reached yet shows its previous rows, or its loading frame (same size) if none. */
function stagedProps(
  { rows, isWaiting }: { rows: readonly ChartRow[]; isWaiting: boolean },
  history: HistoryState,
) {
  return { rows, history: isWaiting ? { ...history, isLoading: true } : history };
}
