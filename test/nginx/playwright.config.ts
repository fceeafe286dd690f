import { defineConfig } from '@playwright/test';

// Run by test/nginx/run.sh, which starts nginx (NGINX_URL) in front of the mock (MOCK_URL).
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/nginx',
  workers: 1,
  retries: 0,
  // The heartbeat test watches one stream for more than two minutes.
  timeout: 4 * 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.NGINX_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    },
  },
});
