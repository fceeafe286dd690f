import { Suspense } from 'react';
import { NavLink, Outlet, ScrollRestoration } from 'react-router-dom';
import { paths } from './paths.ts';
import { SessionGuard } from './session-guard.tsx';
import { SessionIndicator } from './session-indicator.tsx';
import { ThemeToggle } from './theme-toggle.tsx';

/** Header, skip link and the routed page. */
export function AppShell() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to={paths.fleet()} className="brand" end>
          oCore monitor
        </NavLink>
        <nav aria-label="Main">
          <NavLink to={paths.fleet()} end>
            Fleet
          </NavLink>
          <NavLink to={paths.settings()}>Settings</NavLink>
        </nav>
        <div className="app-header-tools">
          <SessionIndicator />
          <ThemeToggle />
        </div>
      </header>
      <Suspense fallback={<main className="page" id="main" aria-busy="true" />}>
        <Outlet />
      </Suspense>
      <ScrollRestoration />
      <SessionGuard />
    </>
  );
}
