import './chart-grid.css';
import type { Period } from '../../model/types.ts';
import { ChartCard } from './chart-card.tsx';
import { MetricChart, type ChartReference, type SeriesConfig } from './metric-chart.tsx';
import { useTimeAxis } from './use-time-axis.ts';

type ChartRow = { t: number } & Record<string, number | null>;

/** One chart, declared: what to draw and how to say its latest value. */
export interface ChartSpec {
  title: string;
  summary: (rows: readonly ChartRow[]) => string;
  series: SeriesConfig[];
  formatValue: (value: number) => string;
  /** Round ticks in powers of 1024 (bytes, B/s). */
  binaryAxis?: boolean;
  /** Min–max band at 24 h and 7 d, so a lone spike survives downsampling. */
  band?: boolean;
  yDomain?: readonly [number, number | 'auto'];
  references?: ChartReference[];
  markers?: { x: number; label: string }[];
}

/** The state of the history every chart in a grid shares. */
export interface HistoryState {
  isLoading: boolean;
  isDimmed: boolean;
  error: { message: string; onRetry: () => void; isRetrying: boolean } | null;
  collectedAt: number | null;
  expectedIntervalMs: number;
}

interface ChartGridProps {
  specs: ChartSpec[];
  rows: ChartRow[];
  period: Period;
  xDomain: readonly [number, number];
  history: HistoryState;
  syncId: string;
}

/** A grid of chart cards over one history, with a shared crosshair and time axis. */
export function ChartGrid({ specs, rows, period, xDomain, history, syncId }: ChartGridProps) {
  const timeAxis = useTimeAxis(period);
  const withBand = period === '24h' || period === '7d';
  const emptyMessage =
    !history.isLoading && !history.error && rows.length === 0 ? 'No samples in this period.' : null;
  return (
    <div className="card-grid">
      {specs.map((spec) => (
        <ChartCard
          key={spec.title}
          title={spec.title}
          summary={spec.summary(rows)}
          {...history}
          emptyMessage={emptyMessage}
        >
          <MetricChart
            rows={rows}
            xDomain={xDomain}
            syncId={syncId}
            {...timeAxis}
            series={spec.series}
            formatValue={spec.formatValue}
            binaryAxis={spec.binaryAxis}
            withBand={withBand && spec.band}
            yDomain={spec.yDomain}
            references={spec.references}
            markers={spec.markers}
          />
        </ChartCard>
      ))}
    </div>
  );
}
