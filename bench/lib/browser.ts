// The system Chromium, launched the same way for every bench (never a downloaded browser).
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** The version number the binary reports, e.g. "156.0.8078.108". */
export function chromiumVersion(): string {
  const text = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
  return /\d+(\.\d+)+/.exec(text)?.[0] ?? text.trim();
}
