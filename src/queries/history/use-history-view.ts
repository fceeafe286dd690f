import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Period } from '../../model/types.ts';
import { PERIOD_SPECS } from '../../model/periods.ts';
import { queryError } from '../query-error.ts';
import { useLastGoodData } from './use-last-good-data.ts';

interface History<S> {
  period: Period;
  samples: S[];
}

/**
 * What a history chart grid shows for a metrics query: the newest good data (kept, dimmed, while
 * another period loads or after a failed fetch), its period and time window, and the card state.
 */
export function useHistoryView<S extends { collectedAt: number }>(
  history: UseQueryResult<History<S>>,
  requestedPeriod: Period,
) {
  const { data, dataUpdatedAt } = history;
  const fetched = useMemo(
    () => (data ? { ...data, fetchedAt: dataUpdatedAt } : undefined),
    [data, dataUpdatedAt],
  );
  const shown = useLastGoodData(fetched);
  const period = shown?.period ?? requestedPeriod;
  const end = shown?.fetchedAt ?? 0;
  const xDomain = useMemo(
    () => [end - PERIOD_SPECS[period].durationMs, end] as const,
    [end, period],
  );
  const state = {
    isLoading: history.isPending && !shown,
    isDimmed: period !== requestedPeriod,
    collectedAt: shown?.samples.at(-1)?.collectedAt ?? null,
    error: queryError(history),
  };
  return { samples: shown?.samples, period, xDomain, state };
}
