import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { ocoreApi } from './mock/vite-plugin.ts';

// `npm run dev` and `npm run preview` serve /api from the embedded mock, or proxy it to a real
// oCore when OCORE_API_URL is set (see README).
export default defineConfig({
  plugins: [react(), ocoreApi()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mock/**/*.test.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
