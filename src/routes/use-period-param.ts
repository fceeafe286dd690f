import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Period } from '../model/types.ts';
import { parsePeriod } from '../model/periods.ts';
import { parseWindowParams, type TimeWindow } from '../lib/chart-window/time-window.ts';

/**
 * The period lives in the URL (?period=), so links share it and back/forward restore it.
 * Choosing a period clears the zoom: its window belongs to the old period.
 */
export function usePeriodParam(): [Period, (period: Period) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const period = parsePeriod(searchParams.get('period'));
  const selectPeriod = useCallback(
    (next: Period) =>
      setSearchParams((params) => {
        params.set('period', next);
        params.delete('from');
        params.delete('to');
        return params;
      }),
    [setSearchParams],
  );
  return [period, selectPeriod];
}

/** The zoomed window (?from=&to=, ISO 8601 or epoch ms); null is the whole period. */
export function useZoomParam(): [TimeWindow | null, (window: TimeWindow | null) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const from = searchParams.get('from');
  const to = searchParams.get('to');
  const zoom = useMemo(() => parseWindowParams(from, to), [from, to]);
  // The newest zoom asked for, even before the URL change has re-rendered the page.
  const latest = useRef(zoom);
  useEffect(() => {
    latest.current = zoom;
  }, [zoom]);
  const setZoom = useCallback(
    (next: TimeWindow | null) => {
      // Unchanged (Esc with no zoom, a pan at the edge): no history entry for nothing.
      if (sameWindow(next, latest.current)) return;
      latest.current = next;
      setSearchParams((params) => {
        if (next) {
          params.set('from', new Date(Math.round(next[0])).toISOString());
          params.set('to', new Date(Math.round(next[1])).toISOString());
        } else {
          params.delete('from');
          params.delete('to');
        }
        return params;
      });
    },
    [setSearchParams],
  );
  return [zoom, setZoom];
}

/** Whether the previous period is drawn behind the charts (?compare=1). */
export function useCompareParam(): [boolean, (on: boolean) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const compare = searchParams.get('compare') === '1';
  const setCompare = useCallback(
    (on: boolean) =>
      setSearchParams((params) => {
        if (on) params.set('compare', '1');
        else params.delete('compare');
        return params;
      }),
    [setSearchParams],
  );
  return [compare, setCompare];
}

function sameWindow(a: TimeWindow | null, b: TimeWindow | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.round(a[0]) === Math.round(b[0]) && Math.round(a[1]) === Math.round(b[1]);
}
