// Builds the app into a folder of its own and serves it with `vite preview` (embedded mock).
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
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

export interface SourceTree {
  /** Where vite runs: the work tree, or a snapshot of a commit. */
  root: string;
  dispose(): void;
}

/**
 * The work tree as it is, or with `ref` a snapshot of that commit (git archive, sharing
 * node_modules), so a run measures committed code while others edit the tree.
 */
export function sourceTree(ref?: string): SourceTree {
  if (!ref) return { root: ROOT, dispose: () => undefined };
  const root = mkdtempSync(path.join(os.tmpdir(), 'ocore-bench-tree-'));
  execSync(`git archive --format=tar ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(root)}`, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

function runVite(root: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(process.execPath, [VITE, ...args], {
    cwd: root,
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
export async function buildApp(root: string, outDir: string): Promise<void> {
  mkdirSync(path.dirname(outDir), { recursive: true });
  const child = runVite(root, ['build', '--outDir', outDir, '--emptyOutDir', '--manifest']);
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
  root: string;
  outDir: string;
  port: number;
  env?: NodeJS.ProcessEnv;
}): Promise<PreviewServer> {
  const { root, outDir, port, env } = options;
  const child = runVite(
    root,
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

export interface ServedBuild {
  origin: string;
  outDir: string;
  /** Stops the server and removes the build (and the snapshot, if any). */
  stop(): Promise<void>;
}

/** Build (work tree, or `ref`'s snapshot) into its own folder and serve it on a free port. */
export async function buildAndServe(
  options: { ref?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ServedBuild> {
  const tree = sourceTree(options.ref);
  const port = await freePort();
  const outDir = buildDirFor(port);
  const cleanUp = () => {
    rmSync(outDir, { recursive: true, force: true });
    tree.dispose();
  };
  try {
    console.error(`… building ${options.ref ?? 'the work tree'} into ${outDir}`);
    await buildApp(tree.root, outDir);
    const server = await startPreview({ root: tree.root, outDir, port, env: options.env });
    return {
      origin: server.origin,
      outDir,
      stop: async () => {
        await server.stop();
        cleanUp();
      },
    };
  } catch (error) {
    cleanUp();
    throw error;
  }
}
