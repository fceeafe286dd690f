import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { AppShell } from './app-shell.tsx';
import { routePatterns } from '../routes/paths.ts';
import { KioskRouteError } from '../kiosk/reload/kiosk-route-error.tsx';

// Pages are lazy chunks: the first screen ships only what it draws.
export const appRoutes: RouteObject[] = [
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
            lazy: async () => ({ Component: (await import('../pages/fleet-page.tsx')).FleetPage }),
          },
          {
            path: routePatterns.server,
            lazy: async () => ({
              Component: (await import('../pages/server-page.tsx')).ServerPage,
            }),
          },
          {
            path: routePatterns.instance,
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

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
