import './app-shell.css';
import { Suspense } from 'react';
import { NavLink, Outlet, ScrollRestoration } from 'react-router-dom';
import { ConnectionBanner } from './connection-banner.tsx';
import { HeaderAlerts } from './header/header-alerts.tsx';
import { HeaderClock } from './header/header-clock.tsx';
import { HeaderMenu } from './header/header-menu.tsx';
import { ScreenEffects } from '../kiosk/screen-effects.tsx';
import { DisplayModeProvider, useStickyDisplayMode } from '../kiosk/display-mode-context.tsx';
import { paths } from '../routes/paths.ts';
import { RotationDriver } from '../kiosk/rotation-driver.tsx';
import { SessionGuard } from '../session/session-guard.tsx';
import { SessionIndicator } from '../session/session-indicator.tsx';
import { ThemeToggle } from './header/theme-toggle.tsx';

/** Header, skip link and the routed page; in kiosk mode (`?kiosk=1`) nothing to click or hover. */
export function AppShell() {
  const mode = useStickyDisplayMode();
  return (
    <DisplayModeProvider mode={mode}>
      {mode.kiosk ? null : (
        <a className="skip-link" href="#main">
          Skip to content
        </a>
      )}
      <header className="app-header">
        {mode.kiosk ? (
          <span className="brand">oCore monitor</span>
        ) : (
          <>
            <NavLink to={paths.fleet()} className="brand" end>
              oCore monitor
            </NavLink>
            <HeaderMenu>
              <nav aria-label="Main">
                <NavLink to={paths.fleet()} end>
                  Fleet
                </NavLink>
                <NavLink to={paths.instances()} end>
                  Instances
                </NavLink>
                <NavLink to={paths.alerts()}>Alerts</NavLink>
                <NavLink to={paths.wall()}>Wall</NavLink>
                <NavLink to={paths.settings()}>Settings</NavLink>
              </nav>
              <div className="app-header-tools">
                <SessionIndicator />
                <ThemeToggle />
              </div>
            </HeaderMenu>
          </>
        )}
        <HeaderAlerts linked={!mode.kiosk} />
        <HeaderClock />
      </header>
      <ConnectionBanner />
      <Suspense fallback={<main className="page" id="main" aria-busy="true" />}>
        <Outlet />
      </Suspense>
      <ScrollRestoration />
      <SessionGuard />
      <ScreenEffects mode={mode} />
      {/* Paused on sign-in and settings, so someone can type there. */}
      {mode.rotation && !mode.isInteractivePage ? (
        <RotationDriver rotation={mode.rotation} sticky={mode.sticky} />
      ) : null}
    </DisplayModeProvider>
  );
}
