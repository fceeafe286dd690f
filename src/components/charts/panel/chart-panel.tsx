import './panel.css';
import { useCallback, useMemo, useState } from 'react';
import { lastValue } from '../../../lib/chart/chart-values.ts';
import { MISSING } from '../../../lib/format.ts';
import type { TimeWindow } from '../../../lib/chart-window/time-window.ts';
import { ChartActions } from './chart-actions.tsx';
import { ChartCard } from '../chart-card.tsx';
import type { ChartRow, ChartSpec, HistoryState } from '../chart-grid.tsx';
import { ChartLegend } from './chart-legend.tsx';
import { MetricChart } from '../metric-chart.tsx';
import type { useTimeAxis } from '../use-time-axis.ts';

interface ChartPanelProps {
  spec: ChartSpec;
  /** The rows of the shown window (plus one either side). */
  rows: readonly ChartRow[];
  shown: TimeWindow;
  /** The whole period: zooming stays inside it. */
  bounds: TimeWindow;
  onZoom: (window: TimeWindow | null) => void;
  timeAxis: ReturnType<typeof useTimeAxis>;
  withBand: boolean;
  history: HistoryState;
  emptyMessage: string | null;
  resolution: string;
  ghostLabel: string | null;
  syncId: string;
}

const NO_KEYS: readonly string[] = [];

/** One chart card with its legend (series toggles), CSV and link actions, and the zoomable chart. */
export function ChartPanel(props: ChartPanelProps) {
  const { spec, rows, shown, bounds, onZoom } = props;
  const [hiddenKeys, setHiddenKeys] = useState(NO_KEYS);
  const onToggle = useCallback(
    (key: string) =>
      setHiddenKeys((hidden) =>
        hidden.includes(key) ? hidden.filter((item) => item !== key) : [...hidden, key],
      ),
    [],
  );
  const zoom = useMemo(
    () => ({ bounds, onZoom, label: `${spec.title} chart: drag or press + and − to zoom` }),
    [bounds, onZoom, spec.title],
  );
  const columns = useMemo(
    () => spec.series.map((item) => ({ key: item.key, label: item.label, unit: spec.unit })),
    [spec.series, spec.unit],
  );
  const hasLegend = spec.series.length > 1 || props.ghostLabel !== null;
  const latestText = (key: string) => {
    const value = lastValue(rows, key);
    return value === null ? MISSING : spec.formatValue(value);
  };

  return (
    <ChartCard
      title={spec.title}
      summary={spec.summary(rows)}
      {...props.history}
      emptyMessage={props.emptyMessage}
      detail={props.resolution}
      actions={<ChartActions title={spec.title} rows={rows} columns={columns} window={shown} />}
      legend={
        hasLegend ? (
          <ChartLegend
            series={spec.series}
            hiddenKeys={hiddenKeys}
            latestText={latestText}
            onToggle={onToggle}
            ghostLabel={props.ghostLabel}
          />
        ) : null
      }
    >
      <MetricChart
        rows={rows}
        xDomain={shown}
        syncId={props.syncId}
        {...props.timeAxis}
        series={spec.series}
        formatValue={spec.formatValue}
        binaryAxis={spec.binaryAxis}
        withBand={props.withBand && spec.band}
        yDomain={spec.yDomain}
        references={spec.references}
        markers={spec.markers}
        hiddenKeys={hiddenKeys}
        ghostLabel={props.ghostLabel}
        zoom={zoom}
      />
    </ChartCard>
  );
}
