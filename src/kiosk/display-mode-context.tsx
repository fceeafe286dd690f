import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { TimeZoneContext } from '../components/ui/time-zone.tsx';
import {
  displayModeFrom,
  mergeSticky,
  readStoredSticky,
  sameSearch,
  withSticky,
  writeStoredSticky,
  type DisplayMode,
} from './display-mode.ts';
import { routePatterns } from '../routes/paths.ts';

const DisplayModeContext = createContext<DisplayMode>(displayModeFrom({}));

/** Kiosk, time zone, dimming, rotation: how this screen presents itself. */
export function useDisplayMode(): DisplayMode {
  return useContext(DisplayModeContext);
}

export function DisplayModeProvider({
  mode,
  children,
}: {
  mode: DisplayMode;
  children: ReactNode;
}) {
  return (
    <DisplayModeContext.Provider value={mode}>
      <TimeZoneContext.Provider value={mode.timeZone}>{children}</TimeZoneContext.Provider>
    </DisplayModeContext.Provider>
  );
}

export function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be blocked outright (privacy settings); the URL still works.
    return null;
  }
}

// Pages made for typing: shown normally even on a kiosk screen, so someone can sign it back in.
const INTERACTIVE_PATHS = new Set<string>([routePatterns.login, routePatterns.settings]);

/**
 * Reads the display parameters from the URL and the tab's memory, and puts them back on every URL
 * that lost them (a plain link, a redirect), replacing the history entry rather than adding one.
 */
export function useStickyDisplayMode(): DisplayMode & { isInteractivePage: boolean } {
  const location = useLocation();
  const navigate = useNavigate();
  const stickyKey = useMemo(
    () => JSON.stringify(mergeSticky(location.search, readStoredSticky(tabStorage()))),
    [location.search],
  );
  const mode = useMemo(() => displayModeFrom(JSON.parse(stickyKey)), [stickyKey]);
  const isInteractivePage = INTERACTIVE_PATHS.has(location.pathname);

  useEffect(() => {
    writeStoredSticky(tabStorage(), mode.sticky);
    const search = withSticky(location.search, mode.sticky);
    if (sameSearch(search, location.search)) return;
    void navigate(
      { pathname: location.pathname, search, hash: location.hash },
      { replace: true, state: location.state, preventScrollReset: true },
    );
  }, [location, mode.sticky, navigate]);

  return useMemo(
    () => ({ ...mode, kiosk: mode.kiosk && !isInteractivePage, isInteractivePage }),
    [mode, isInteractivePage],
  );
}
