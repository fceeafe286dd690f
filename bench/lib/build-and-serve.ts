// Builds the app into a folder of its own and serves it with `vite preview` (embedded mock).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');
const READY_TIMEOUT_MS = 60_000;

/** A port nobody listens on right now, so a run never collides with e2e or another bench. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export function buildDirFor(port: number): string {
  return path.join(ROOT, 'bench/.build', String(port));
}

function runVite(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(process.execPath, [VITE, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Never leave a server behind, even when the script dies.
  const kill = () => child.kill('SIGTERM');
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
  return child;
}

function collect(child: ChildProcess): () => string {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return () => output.slice(-4000);
}

/** Production build with Vite's manifest (the bundle figures read it). */
export async function buildApp(outDir: string): Promise<void> {
  const child = runVite(['build', '--outDir', outDir, '--emptyOutDir', '--manifest']);
  const output = collect(child);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`vite build failed (${code}):\n${output()}`);
}

export interface PreviewServer {
  origin: string;
  stop(): Promise<void>;
}

/** `vite preview` of a build on the given port; resolves once /config.json answers. */
export async function startPreview(options: {
  outDir: string;
  port: number;
  env?: NodeJS.ProcessEnv;
}): Promise<PreviewServer> {
  const { outDir, port, env } = options;
  const child = runVite(
    ['preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
    env,
  );
  const output = collect(child);
  const origin = `http://127.0.0.1:${port}`;
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exit;
    clearTimeout(timer);
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview exited:\n${output()}`);
    const ok = await fetch(`${origin}/config.json`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`vite preview did not answer on ${origin}:\n${output()}`);
}
