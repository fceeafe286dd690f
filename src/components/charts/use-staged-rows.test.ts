import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStagedRows } from './use-staged-rows.ts';

const CHARTS = 6;
const reachedCount = (staged: ReturnType<typeof useStagedRows>, rows: readonly unknown[]) =>
  Array.from({ length: CHARTS }, (_, index) => staged(index)).filter((s) => s.rows === rows).length;

describe('useStagedRows', () => {
  it('hands rows present at mount to one chart per frame, the rest wait in their frame', async () => {
    const rows = [{ t: 1 }, { t: 2 }];
    const { result } = renderHook(() => useStagedRows(rows, CHARTS));
    const first = result.current;
    expect(first(0)).toEqual({ rows, isWaiting: false });
    for (let index = 1; index < CHARTS; index++) {
      expect(first(index)).toEqual({ rows: [], isWaiting: true });
    }
    await waitFor(() => expect(reachedCount(result.current, rows)).toBe(CHARTS));
  });

  it('shows every chart at once while there are no rows yet', () => {
    const rows: { t: number }[] = [];
    const { result } = renderHook(() => useStagedRows(rows, CHARTS));
    expect(reachedCount(result.current, rows)).toBe(CHARTS);
  });

  it('keeps the older rows on the charts not reached by a new set', async () => {
    const older = [{ t: 1 }];
    const newer = [{ t: 1 }, { t: 2 }];
    const { result, rerender } = renderHook(({ rows }) => useStagedRows(rows, CHARTS), {
      initialProps: { rows: older },
    });
    await waitFor(() => expect(reachedCount(result.current, older)).toBe(CHARTS));
    rerender({ rows: newer });
    expect(result.current(0).rows).toBe(newer);
    expect(result.current(CHARTS - 1)).toEqual({ rows: older, isWaiting: false });
    await waitFor(() => expect(reachedCount(result.current, newer)).toBe(CHARTS));
  });
});
