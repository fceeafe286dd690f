// Vite plugin: `npm run dev` / `npm run preview` serve /api from the embedded mock, or proxy it
// to a real oCore when OCORE_API_URL is set. Either way /config.json tells the app where /api is.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Connect, Plugin, PreviewServer, ProxyOptions, ViteDevServer } from 'vite';
import { createMockApp } from './app.ts';
import { DEV_API_KEY } from '../auth/auth-store.ts';
import { optionsFromEnv } from './env-options.ts';

/** Proxy settings for OCORE_API_URL; a bare origin (no path) is assumed to serve the API at /api. */
export function apiProxyOptions(apiUrl: string): ProxyOptions {
  const url = new URL(apiUrl);
  const basePath = url.pathname.replace(/\/+$/, '') || '/api';
  return {
    target: url.origin,
    changeOrigin: true,
    // oCore's cookies name its own domain; drop it so the browser keeps them for this origin.
    cookieDomainRewrite: '',
    rewrite: (path) => basePath + path.replace(/^\/api/, ''),
  };
}

function realApiUrl(): string | undefined {
  return process.env.OCORE_API_URL?.trim() || undefined;
}

function isPath(url: string, prefix: string): boolean {
  return url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`);
}

function sendConfig(res: ServerResponse, config: object): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(config));
}

function install(server: ViteDevServer | PreviewServer, kind: 'dev' | 'preview'): void {
  // Middleware mode (e.g. Vitest's internal server) has no HTTP server to serve or dispose with.
  if (!server.httpServer) return;
  const logger = server.config.logger;
  const target = realApiUrl();
  if (target) {
    server.middlewares.use(
      (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
        if (isPath(req.url ?? '', '/config.json')) return sendConfig(res, { apiBaseUrl: '/api' });
        next();
      },
    );
    logger.info(`  ➜  ${kind}: /api is proxied to ${target}`);
    return;
  }
  // MOCK_PORT / MOCK_HOST do not apply: the mock shares Vite's port (--port, --host still work).
  const mock = createMockApp(optionsFromEnv(process.env));
  const listener = getRequestListener(mock.app.fetch, { overrideGlobalObjects: false });
  server.middlewares.use(
    (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
      const url = req.url ?? '';
      if (isPath(url, '/config.json')) {
        return sendConfig(res, { apiBaseUrl: '/api', apiKey: DEV_API_KEY });
      }
      if (isPath(url, '/api') || isPath(url, '/__mock')) return void listener(req, res);
      next();
    },
  );
  server.httpServer.on('close', () => mock.dispose());
  logger.info(
    `  ➜  ${kind}: the embedded oCore mock serves /api (set OCORE_API_URL to use a real oCore)`,
  );
}

export function ocoreApi(): Plugin {
  return {
    name: 'ocore-api',
    config() {
      const target = realApiUrl();
      if (!target) return;
      const proxy = { '/api': apiProxyOptions(target) };
      return { server: { proxy }, preview: { proxy } };
    },
    configureServer(server) {
      install(server, 'dev');
    },
    configurePreviewServer(server) {
      install(server, 'preview');
    },
  };
}
