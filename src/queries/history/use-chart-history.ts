import {
  keepPreviousData,
  useQuery,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Period } from '../../model/types.ts';
import { PERIOD_SPECS } from '../../model/periods.ts';
import { estimateStepMs } from '../../lib/series/gaps.ts';
import {
  comparisonFor,
  NO_COMPARISON_REASON,
  withGhostColumns,
} from '../../lib/chart-window/compare-ghost.ts';
import {
  finerPeriodFor,
  resolutionNote,
  spliceFinerRows,
} from '../../lib/chart-window/finer-period.ts';
import { useCompareParam, useZoomParam } from '../../routes/use-period-param.ts';
import { useHistoryView } from './use-history-view.ts';

interface History<S> {
  period: Period;
  samples: S[];
}
type Row = { t: number } & Record<string, number | null>;

interface ChartHistoryOptions<S, R extends Row, D extends History<S>, K extends QueryKey> {
  metricsOptions: (period: Period) => UseQueryOptions<D, Error, D, K>;
  period: Period;
  /** Samples → chart rows; stable (module-level or memoised), it runs once per data set. */
  toRows: (samples: readonly S[], period: Period) => R[];
}

/** The samples of a query while it holds the wanted period, else undefined. */
function samplesOf<S>(data: History<S> | undefined, period: Period | null) {
  return period !== null && data?.period === period ? data.samples : undefined;
}

/**
 * A chart grid's history with the view the URL asks for: the period's rows, the shorter period's
 * finer samples spliced in while zoomed into its window, and the previous period's values beside
 * each row (`key__then`) while comparing. Returns the query, its view, the rows and the controls.
 */
export function useChartHistory<
  S extends { collectedAt: number },
  R extends Row,
  D extends History<S>,
  K extends QueryKey,
>(options: ChartHistoryOptions<S, R, D, K>) {
  const { metricsOptions, period, toRows } = options;
  const [zoom, setZoom] = useZoomParam();
  const [compare, setCompare] = useCompareParam();
  const history = useQuery({ ...metricsOptions(period), placeholderData: keepPreviousData });
  const view = useHistoryView(history, period);
  const shownPeriod = view.period;

  const finerPeriod = finerPeriodFor(shownPeriod, zoom, view.xDomain[1]);
  const finer = useQuery({
    ...metricsOptions(finerPeriod ?? period),
    enabled: finerPeriod !== null,
  });
  const comparison = compare ? comparisonFor(shownPeriod) : null;
  const source = useQuery({
    ...metricsOptions(comparison?.source ?? period),
    enabled: comparison !== null,
  });

  const { samples } = view;
  const finerSamples = samplesOf(finer.data, finerPeriod);
  const sourceSamples = samplesOf(source.data, comparison?.source ?? null);
  const baseRows = useMemo(
    () => toRows(samples ?? [], shownPeriod),
    [toRows, samples, shownPeriod],
  );
  const finerRows = useMemo(
    () => (finerSamples && finerPeriod ? toRows(finerSamples, finerPeriod) : null),
    [toRows, finerSamples, finerPeriod],
  );
  const sourceRows = useMemo(
    () => (sourceSamples && comparison ? toRows(sourceSamples, comparison.source) : null),
    [toRows, sourceSamples, comparison],
  );
  const rows = useMemo(() => {
    const drawn = finerRows ? spliceFinerRows(baseRows, finerRows) : baseRows;
    if (!sourceRows || !comparison) return drawn;
    const keys = Object.keys(sourceRows[0] ?? {}).filter((key) => key !== 't');
    const tolerance = PERIOD_SPECS[comparison.source].expectedStepMs;
    return withGhostColumns(drawn, sourceRows, keys, comparison.shiftMs, tolerance);
  }, [baseRows, finerRows, sourceRows, comparison]);

  const stepMs = useMemo(() => stepOf(samples, shownPeriod), [samples, shownPeriod]);
  const finerStepMs = useMemo(
    () => (finerPeriod ? stepOf(finerSamples, finerPeriod) : 0),
    [finerSamples, finerPeriod],
  );
  const resolution = resolutionNote({
    period: shownPeriod,
    zoom,
    stepMs,
    finer: finerPeriod
      ? {
          period: finerPeriod,
          stepMs: finerStepMs,
          isLoading: !finerSamples,
          failed: !finerSamples && finer.isError,
        }
      : null,
  });
  const chartView = {
    zoom,
    onZoom: setZoom,
    resolution,
    compare: {
      isOn: compare,
      label: comparisonFor(shownPeriod)?.label ?? null,
      disabledReason: comparisonFor(shownPeriod) ? null : NO_COMPARISON_REASON,
      onChange: setCompare,
    },
  };
  return { history, view, rows, chartView };
}

function stepOf(samples: readonly { collectedAt: number }[] | undefined, period: Period): number {
  const estimated = samples ? estimateStepMs(samples.map((sample) => sample.collectedAt)) : null;
  return estimated ?? PERIOD_SPECS[period].expectedStepMs;
}
