import { useEffect } from 'react';
import type { TimeZoneMode } from '../lib/format.ts';
import { isDimmedAt, type DimWindow } from './night-dim.ts';

const CHECK_EVERY_MS = 30_000;

/** Dims the whole page (a filter on the root, see kiosk.css) inside the `dim=` window. */
export function useNightDim(dimWindow: DimWindow | null, timeZone: TimeZoneMode) {
  const startMinute = dimWindow?.startMinute ?? null;
  const endMinute = dimWindow?.endMinute ?? null;
  useEffect(() => {
    const root = document.documentElement;
    if (startMinute === null || endMinute === null) return;
    const update = () =>
      root.classList.toggle(
        'night-dim',
        isDimmedAt(Date.now(), { startMinute, endMinute }, timeZone),
      );
    update();
    const timer = setInterval(update, CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
      root.classList.remove('night-dim');
    };
  }, [startMinute, endMinute, timeZone]);
}
