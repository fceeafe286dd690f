import { useEffect } from 'react';
import type { DisplayMode } from './display-mode.ts';
import { useUnattendedReload } from './reload/unattended-reload.ts';
import { fitZoom, pixelShiftAt, PIXEL_SHIFT_STEP_MS } from './screen-fit.ts';
import { useNightDim } from './night-dim-effect.ts';
import { holdScreenWakeLock } from './wake-lock.ts';

const CURSOR_HIDE_MS = 3_000;

/** Everything a screen nobody touches needs, switched on by the display parameters. */
export function ScreenEffects({ mode }: { mode: DisplayMode }) {
  const { kiosk } = mode;
  useKioskClass(kiosk);
  useHiddenCursor(kiosk);
  useFitZoom(kiosk);
  usePixelShift(kiosk);
  useEffect(() => (kiosk ? holdScreenWakeLock() : undefined), [kiosk]);
  useNightDim(mode.dim, mode.timeZone);
  useUnattendedReload({
    kiosk,
    rotationMs: mode.rotation?.intervalMs ?? null,
    safetyReloadMs: mode.safetyReloadMs,
  });
  return null;
}

/** `html.kiosk` switches the kiosk styles on; the theme is dark unless one was chosen. */
function useKioskClass(kiosk: boolean) {
  useEffect(() => {
    if (!kiosk) return;
    const root = document.documentElement;
    root.classList.add('kiosk');
    const pinnedDark = !root.hasAttribute('data-theme');
    if (pinnedDark) root.setAttribute('data-theme', 'dark');
    return () => {
      root.classList.remove('kiosk');
      if (pinnedDark && root.getAttribute('data-theme') === 'dark') {
        root.removeAttribute('data-theme');
      }
    };
  }, [kiosk]);
}

function useHiddenCursor(kiosk: boolean) {
  useEffect(() => {
    if (!kiosk) return;
    const root = document.documentElement;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hideLater = () => {
      root.classList.remove('kiosk-cursor-hidden');
      clearTimeout(timer);
      timer = setTimeout(() => root.classList.add('kiosk-cursor-hidden'), CURSOR_HIDE_MS);
    };
    hideLater();
    window.addEventListener('pointermove', hideLater, { passive: true });
    window.addEventListener('pointerdown', hideLater, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', hideLater);
      window.removeEventListener('pointerdown', hideLater);
      root.classList.remove('kiosk-cursor-hidden');
    };
  }, [kiosk]);
}

/** Big screens show the 1080p layout enlarged, rather than the same pixels lost in the middle. */
function useFitZoom(kiosk: boolean) {
  useEffect(() => {
    if (!kiosk) return;
    const root = document.documentElement;
    const update = () => {
      const zoom = fitZoom(window.innerWidth, window.innerHeight);
      root.style.setProperty('--kiosk-zoom', String(zoom));
    };
    update();
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('resize', update);
      root.style.removeProperty('--kiosk-zoom');
    };
  }, [kiosk]);
}

function usePixelShift(kiosk: boolean) {
  useEffect(() => {
    if (!kiosk) return;
    const root = document.documentElement;
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    const update = () => {
      const { x, y } = reducedMotion?.matches ? { x: 0, y: 0 } : pixelShiftAt(Date.now());
      root.style.setProperty('--shift-x', `${x}px`);
      root.style.setProperty('--shift-y', `${y}px`);
    };
    update();
    const timer = setInterval(update, PIXEL_SHIFT_STEP_MS / 6);
    return () => {
      clearInterval(timer);
      root.style.removeProperty('--shift-x');
      root.style.removeProperty('--shift-y');
    };
  }, [kiosk]);
}
