import './kiosk-route-error.css';
import { useEffect } from 'react';
import { useRouteError } from 'react-router-dom';
import { mergeSticky, readStoredSticky } from '../display-mode.ts';
import { tabStorage } from '../display-mode-context.tsx';
import { reloadWhenReachable } from './quiet-reload.ts';
import { RouteError } from '../../routes/route-error.tsx';

// A new deployment removed the old page chunks: reloading fetches the new ones.
const CHUNK_FAILURE = /dynamically imported module|Importing a module script failed|preload CSS/i;
const CHUNK_RELOAD_MS = 5_000;
const ERROR_RELOAD_MS = 60_000;

/** The route error page; on a kiosk it also reloads by itself, since nobody will press the button. */
export function KioskRouteError() {
  const error = useRouteError();
  // This may render outside the shell, so kiosk mode is read from the URL and the tab directly.
  const kiosk = mergeSticky(window.location.search, readStoredSticky(tabStorage())).kiosk;
  const message = error instanceof Error ? error.message : '';
  const delayMs = CHUNK_FAILURE.test(message) ? CHUNK_RELOAD_MS : ERROR_RELOAD_MS;

  useEffect(() => {
    if (!kiosk) return;
    let cancelReload = () => {};
    const timer = setTimeout(() => {
      cancelReload = reloadWhenReachable();
    }, delayMs);
    return () => {
      clearTimeout(timer);
      cancelReload();
    };
  }, [kiosk, delayMs]);

  return (
    <>
      <RouteError />
      {kiosk ? (
        <p className="kiosk-reload-note" role="status">
          This screen reloads by itself in {delayMs / 1000} s
        </p>
      ) : null}
    </>
  );
}
