// The system Chromium with a DevTools port, for tools that connect by port (Lighthouse).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './build-and-serve.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';

export interface DebuggableChromium {
  port: number;
  version: string;
  stop(): Promise<void>;
}

export async function launchDebuggableChromium(): Promise<DebuggableChromium> {
  const port = await freePort();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ocore-bench-chromium-'));
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    process.off('exit', kill);
    rmSync(profile, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const info = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (response) => response.json() as Promise<{ Browser?: string }>,
      () => null,
    );
    if (info) return { port, version: info.Browser ?? 'unknown', stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`Chromium did not open its DevTools port ${port}`);
}
