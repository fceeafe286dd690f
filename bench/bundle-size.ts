// JS shipped, gzip-compressed: the first page (index.html + the `/` route) and every route chunk.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface RouteSize {
  route: string;
  /** The route's own chunk. */
  ownGzip: number;
  /** Its chunk plus the shared chunks it needs beyond what index.html already loaded. */
  addedGzip: number;
}

export interface BundleReport {
  /** Files index.html loads (entry script and modulepreloads). */
  entryFiles: string[];
  entryGzip: number;
  /** index.html's JS plus what the fleet route (`/`) adds. */
  firstPageGzip: number;
  firstPageFiles: number;
  totalGzip: number;
  totalFiles: number;
  routes: RouteSize[];
}

export const FIRST_ROUTE = 'src/pages/fleet-page.tsx';

export function gzipSize(content: Buffer | string): number {
  return gzipSync(content).length;
}

/** Reads a `vite build --manifest` output folder. */
export function measureBundle(outDir: string): BundleReport {
  const manifest = JSON.parse(
    readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  const sizes = new Map<string, number>();
  const sizeOf = (file: string) => {
    if (!sizes.has(file)) sizes.set(file, gzipSize(readFileSync(path.join(outDir, file))));
    return sizes.get(file)!;
  };
  const closure = (key: string, into = new Set<string>()) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return into;
    into.add(chunk.file);
    for (const imported of chunk.imports ?? []) closure(imported, into);
    return into;
  };
  const sum = (files: Iterable<string>) => [...files].reduce((total, f) => total + sizeOf(f), 0);

  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const entryFiles = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/([^"]+\.js)"/g)].map(
    (match) => match[1],
  );
  const entry = new Set(entryFiles);
  const firstPage = new Set([...entry, ...closure(FIRST_ROUTE)]);
  const routes = Object.entries(manifest)
    // Page chunks only (the router's lazy routes), not modules a loader imports on demand.
    .filter(([key, chunk]) => chunk.isDynamicEntry && key.includes('/pages/'))
    .map(([key, chunk]) => ({
      route: path.basename(key).replace(/\.tsx?$/, ''),
      ownGzip: sizeOf(chunk.file),
      addedGzip: sum([...closure(key)].filter((file) => !entry.has(file))),
    }))
    .sort((a, b) => b.addedGzip - a.addedGzip);
  const allJs = readdirSync(path.join(outDir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`);

  return {
    entryFiles,
    entryGzip: sum(entry),
    firstPageGzip: sum(firstPage),
    firstPageFiles: firstPage.size,
    totalGzip: sum(allJs),
    totalFiles: allJs.length,
    routes,
  };
}

/** What the browser actually downloads as JS for `/` (until the network is idle), gzip-compressed. */
export async function measureFirstPageDownload(
  browser: Browser,
  origin: string,
): Promise<{ files: number; gzip: number }> {
  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.endsWith('.js')) bodies.push(response.body());
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    const sizes = (await Promise.all(bodies)).map(gzipSize);
    return { files: sizes.length, gzip: sizes.reduce((total, size) => total + size, 0) };
  } finally {
    await context.close();
  }
}
