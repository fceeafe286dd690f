import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

// Public files that must never be cached by the worker: the runtime config may hold an API key,
// build.json is how a screen notices a new build, and sw.js is the worker itself.
const NEVER_CACHED = new Set(['/config.json', '/build.json', '/sw.js']);
const TEMPLATE = new URL('./sw-template.js', import.meta.url);
const SHELL_LINE = /^const SHELL = .*;$/m;

/** The shell a build's worker keeps: its HTML, JS, CSS and public files, never source maps. */
export function shellFiles(bundleFiles: string[], publicFiles: string[]): string[] {
  const files = [...bundleFiles, ...publicFiles]
    .filter((file) => !file.endsWith('.map'))
    .map((file) => `/${file.replaceAll('\\', '/')}`)
    .filter((file) => !NEVER_CACHED.has(file));
  return [...new Set(files)].sort();
}

/**
 * Writes dist/sw.js: the template with this build's file list and a version made of its content;
 * `vite preview` serves sw.js and build.json with `Cache-Control: no-cache`, as nginx must.
 */
export function serviceWorker(): Plugin[] {
  return [shellWorkerBuild(), revalidatedFiles()];
}

const REVALIDATED = new Set(['/sw.js', '/build.json']);

function revalidatedFiles(): Plugin {
  return {
    name: 'service-worker:no-cache',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (REVALIDATED.has(path)) res.setHeader('Cache-Control', 'no-cache');
        next();
      });
    },
  };
}

function shellWorkerBuild(): Plugin {
  let publicDir = '';
  return {
    name: 'service-worker',
    apply: 'build',
    // After the HTML and build.json are in the bundle.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const publicFiles = publicDir ? listFiles(publicDir) : [];
      const files = shellFiles(Object.keys(bundle), publicFiles);
      const hash = createHash('sha256');
      for (const file of Object.values(bundle)) {
        hash.update(file.fileName);
        hash.update(file.type === 'chunk' ? file.code : file.source);
      }
      const version = hash.digest('hex').slice(0, 16);
      const template = readFileSync(TEMPLATE, 'utf8');
      if (!SHELL_LINE.test(template))
        throw new Error('sw-template.js has no `const SHELL = …;` line');
      const source = template.replace(
        SHELL_LINE,
        () => `const SHELL = ${JSON.stringify({ version, files })};`,
      );
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}
