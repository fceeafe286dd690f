import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { ocoreApi } from './mock/server/vite-plugin.ts';
import { serviceWorker } from './sw/vite-plugin.ts';

// Each build gets an id, baked into the bundle and written to dist/build.json, so a screen left
// open for weeks can tell it runs an old build (src/kiosk/reload/build-watch.ts).
function buildId(): Plugin {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    name: 'build-id',
    apply: 'build',
    config: () => ({ define: { 'import.meta.env.VITE_BUILD_ID': JSON.stringify(id) } }),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'build.json', source: JSON.stringify({ id }) });
    },
  };
}

// The production Content-Security-Policy, sent by `vite preview` and, word for word, by the nginx
// config operators use (test/nginx/ocore-monitor.conf; an e2e test keeps the two equal). No inline
// script anywhere; the API is reached only on this origin (/api is proxied, never cross-origin).
// React and Recharts set styles through the CSSOM, which style-src does not govern.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// `npm run dev` and `npm run preview` serve /api from the embedded mock, or proxy it to a real
// oCore when OCORE_API_URL is set (see README).
export default defineConfig({
  plugins: [react(), ocoreApi(), buildId(), serviceWorker()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    // Dev keeps Vite's inline HMR scripts; only the production build is held to the policy.
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  build: { target: 'es2022', sourcemap: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mock/**/*.test.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
