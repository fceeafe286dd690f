import { defineConfig } from '@playwright/test';

// E2E runs the production build through `vite preview`, which embeds the mock backend (same origin).
// The stream interval is short so live behaviour shows within seconds.
const port = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: './test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // page.route cannot see what a service worker answers: the app-shell worker is tested on its
    // own (offline-shell.spec.ts allows it), every other spec talks to the server directly.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // A build folder per port, so parallel runs (several engineers, CI) never serve each other's files.
    command: `npx vite build --outDir .e2e-dist/${port} --emptyOutDir && npx vite preview --outDir .e2e-dist/${port} --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/config.json`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { MOCK_STREAM_INTERVAL_MS: '500' },
  },
});
