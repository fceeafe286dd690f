import { readRuntimeConfig } from '../api/runtime-config.ts';
import { reloadWhenReachable } from '../kiosk/reload/quiet-reload.ts';

/** How often a page started without its server asks whether the server is back. */
const SERVER_BACK_PROBE_MS = 5_000;

/**
 * Registers the app-shell service worker (sw/sw-template.js) in a production build, once the page
 * has loaded. `updateViaCache: 'none'`: looking for a new worker always asks the server.
 */
export function registerShellWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { updateViaCache: 'none' }).catch(() => {
      // No worker (private mode, an old browser): the dashboard works the same, only not offline.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/**
 * The runtime config, and — when the server did not answer (the shell came from the worker) — a
 * reload as soon as it does, so the configured key and API address apply without anyone's help.
 */
export async function startupConfig() {
  const { config, reachable } = await readRuntimeConfig();
  if (!reachable) reloadWhenReachable(null, { retryMs: SERVER_BACK_PROBE_MS });
  return config;
}
