import { readRuntimeConfig, type RuntimeConfig } from '../api/runtime-config.ts';
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
 * The runtime config. When the server did not answer (the shell came from the worker), the page
 * loads again as soon as it does, so the configured API address and key apply by themselves.
 */
export async function startupConfig(): Promise<{ config: RuntimeConfig; apiFetch?: typeof fetch }> {
  const { config, reachable } = await readRuntimeConfig(earlyConfigFetch);
  if (reachable) return { config };
  reloadWhenReachable(null, { retryMs: SERVER_BACK_PROBE_MS });
  return { config, apiFetch: unreachableFetch };
}

declare global {
  interface Window {
    /** public/early-config.js: the /config.json answer, or what its request threw. */
    __ocoreEarlyConfig?: Promise<unknown>;
  }
}

/**
 * `fetch` for the config, answered once by the request public/early-config.js started before the
 * app's code arrived; any later call (or a page without that script) asks the network.
 */
export const earlyConfigFetch: typeof fetch = async (input, init) => {
  const early = window.__ocoreEarlyConfig;
  window.__ocoreEarlyConfig = undefined;
  if (!early) return fetch(input, init);
  const answer = await early;
  if (answer instanceof Response) return answer;
  throw answer;
};

// Without its config the page knows neither the API nor the key: every call fails as if offline,
// so the banner says so, rather than an unauthenticated call sending a wall to the sign-in page.
const unreachableFetch: typeof fetch = async () => {
  throw new TypeError('The dashboard server has not answered yet');
};
