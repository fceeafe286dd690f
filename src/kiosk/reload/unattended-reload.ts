import { useEffect } from 'react';
import { watchBuild } from './build-watch.ts';
import {
  pendingReload,
  quietAfterMs,
  reloadWhenReachable,
  requestQuietReload,
} from './quiet-reload.ts';

// When this page (not the tab) started; a safety reload counts from here.
const PAGE_LOADED_AT = Date.now();
const INPUT_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

interface UnattendedReloadOptions {
  kiosk: boolean;
  rotationMs: number | null;
  /** `reload=24h`: reload this long after the page loaded. */
  safetyReloadMs: number | null;
}

/**
 * Keeps a long-running screen current: notices a new deployment and the `reload=` deadline, then
 * reloads at a quiet moment, once the server answers.
 */
export function useUnattendedReload({
  kiosk,
  rotationMs,
  safetyReloadMs,
}: UnattendedReloadOptions) {
  useEffect(() => watchBuild({ onNewBuild: () => requestQuietReload('new-build') }), []);

  useEffect(() => {
    if (safetyReloadMs === null) return;
    // A coarse check rather than one long timeout: timers drift or stall across sleep and throttling.
    const timer = setInterval(() => {
      if (Date.now() - PAGE_LOADED_AT >= safetyReloadMs) requestQuietReload('safety');
    }, 60_000);
    return () => clearInterval(timer);
  }, [safetyReloadMs]);

  useEffect(() => {
    let lastInputAt = Date.now();
    const onInput = () => {
      lastInputAt = Date.now();
    };
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { passive: true });
    let cancelReload: (() => void) | null = null;
    const quietMs = quietAfterMs({ kiosk, rotationMs });
    const timer = setInterval(() => {
      if (cancelReload || pendingReload() === null) return;
      if (Date.now() - lastInputAt >= quietMs) cancelReload = reloadWhenReachable();
    }, 5_000);
    return () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput);
      clearInterval(timer);
      cancelReload?.();
    };
  }, [kiosk, rotationMs]);
}
