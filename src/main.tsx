import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client.ts';
import { loadRuntimeConfig } from './api/runtime-config.ts';
import { App } from './app/app.tsx';
import { createAppRouter } from './app/router.tsx';
import { applyTheme } from './app/use-theme.ts';
import { createQueryClient } from './queries/query-client.ts';
import './app/theme.css';
import './app/base.css';

applyTheme();
const config = await loadRuntimeConfig();
const apiClient = createApiClient({
  baseUrl: config.apiBaseUrl,
  getCredentials: () => ({ token: config.apiKey ?? null, orgSlug: config.orgSlug ?? null }),
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App queryClient={createQueryClient()} apiClient={apiClient} router={createAppRouter()} />
  </StrictMode>,
);
