// Global sheets first, so the component sheets bundled with this entry follow them. A sheet may
// still load earlier (a shared chunk's): component rules win by class specificity, never by order.
import './app/theme.css';
import './app/base.css';
import './app/narrow-screen.css';
import './kiosk/kiosk.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient, type ApiClient } from './api/client.ts';
import { App } from './app/app.tsx';
import { takeKioskLink } from './kiosk/kiosk-link.ts';
import { createAppRouter } from './app/router.tsx';
import { SessionProvider } from './session/session-context.tsx';
import { createSessionRenewal } from './session/session-renewal.ts';
import { createSessionStore } from './session/session-store.ts';
import { registerShellWorker, startupConfig } from './app/shell-worker.ts';
import { applyTheme } from './app/use-theme.ts';
import { createQueryClient } from './queries/query-client.ts';

// First of all: a kiosk link's key leaves the address bar and history before anything can read it.
const kiosk = takeKioskLink(window.location, window.history);
applyTheme();
const { config, apiFetch } = await startupConfig();
const sessionStore = createSessionStore({
  apiKey: config.apiKey ?? null,
  orgSlug: config.orgSlug ?? null,
});
if (kiosk) sessionStore.signIn({ kind: 'api-key', ...kiosk, remember: true });
const apiClient: ApiClient = createApiClient({
  baseUrl: config.apiBaseUrl,
  getCredentials: sessionStore.getCredentials,
  onUnauthorized: createSessionRenewal(sessionStore, () => apiClient),
  fetch: apiFetch,
});

const queryClient = createQueryClient();
// Read by the week-long soak (bench/soak-clock.ts): how many queries are cached, none of their data.
Object.defineProperty(window, '__ocoreQueryCount', {
  value: () => queryClient.getQueryCache().getAll().length,
});
const router = createAppRouter({
  queryClient,
  apiClient,
  canPrefetch: () => sessionStore.getSession() !== null || !!sessionStore.getCredentials().token,
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider store={sessionStore}>
      <App
        queryClient={queryClient}
        apiClient={apiClient}
        router={router}
        requestsPerMinute={config.requestsPerMinute}
      />
    </SessionProvider>
  </StrictMode>,
);
registerShellWorker();
