import type { Page } from '@playwright/test';
import { expect, test } from './base-fixture.ts';

// The first second on a slow screen: something readable is painted before any script runs, and
// the runtime config is asked for beside the app's code, not after it.

/** Holds the app's entry script until the returned function is called. */
async function holdEntryScript(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/index-*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a loading note shows before the code arrives, and the app replaces it', async ({ page }) => {
  const release = await holdEntryScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  const note = page.getByRole('status').filter({ hasText: 'Loading oCore monitor…' });
  await expect(note).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Fleet' })).toBeVisible();
  await expect(note).toHaveCount(0);
});

test('config.json is requested once, while the entry script is still held', async ({ page }) => {
  const configRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/config.json') configRequests.push(request.url());
  });
  const release = await holdEntryScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect.poll(() => configRequests.length).toBe(1);
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Fleet' })).toBeVisible();
  expect(configRequests).toHaveLength(1);
});
