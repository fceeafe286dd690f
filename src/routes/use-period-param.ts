import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Period } from '../model/types.ts';
import { parsePeriod } from '../model/periods.ts';

/** The period lives in the URL (?period=), so links share it and back/forward restore it. */
export function usePeriodParam(): [Period, (period: Period) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const period = parsePeriod(searchParams.get('period'));
  const selectPeriod = useCallback(
    (next: Period) =>
      setSearchParams((params) => {
        params.set('period', next);
        return params;
      }),
    [setSearchParams],
  );
  return [period, selectPeriod];
}
