import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { AppShell } from './app-shell.tsx';
import { routePatterns } from '../routes/paths.ts';
import { KioskRouteError } from '../kiosk/reload/kiosk-route-error.tsx';
import { routePrefetch, type PrefetchDeps } from './route-prefetch.ts';

// Pages are lazy chunks: the first screen ships only what it draws. With `deps`, a page's data
// is requested at route match, beside its chunk.
const routeTable = (deps?: PrefetchDeps): RouteObject[] => [
  {
    element: <AppShell />,
    errorElement: <KioskRouteError />,
    // Shown while the first lazy page chunk loads.
    hydrateFallbackElement: <main className="page" id="main" aria-busy="true" />,
    children: [
      {
        errorElement: <KioskRouteError />,
        children: [
          {
            path: routePatterns.fleet,
            ...routePrefetch(deps).fleet,
            lazy: async () => ({ Component: (await import('../pages/fleet-page.tsx')).FleetPage }),
          },
          {
            path: routePatterns.server,
            ...routePrefetch(deps).server,
            lazy: async () => ({
              Component: (await import('../pages/server-page.tsx')).ServerPage,
            }),
          },
          {
            path: routePatterns.instance,
            ...routePrefetch(deps).instance,
            lazy: async () => ({
              Component: (await import('../pages/instance-page.tsx')).InstancePage,
            }),
          },
          {
            path: routePatterns.instances,
            lazy: async () => ({
              Component: (await import('../pages/instances-page.tsx')).InstancesPage,
            }),
          },
          {
            path: routePatterns.alerts,
            lazy: async () => ({
              Component: (await import('../pages/alerts-page.tsx')).AlertsPage,
            }),
          },
          {
            path: routePatterns.wall,
            ...routePrefetch(deps).fleet,
            lazy: async () => ({ Component: (await import('../pages/wall-page.tsx')).WallPage }),
          },
          {
            path: routePatterns.login,
            lazy: async () => ({ Component: (await import('../pages/login-page.tsx')).LoginPage }),
          },
          {
            path: routePatterns.settings,
            lazy: async () => ({
              Component: (await import('../pages/settings-page.tsx')).SettingsPage,
            }),
          },
          {
            path: '*',
            lazy: async () => ({
              Component: (await import('../pages/not-found-page.tsx')).NotFoundPage,
            }),
          },
        ],
      },
    ],
  },
];

/** The routes without prefetching (tests render them in a memory router). */
export const appRoutes = routeTable();

export function createAppRouter(deps?: PrefetchDeps) {
  return createBrowserRouter(routeTable(deps));
}
