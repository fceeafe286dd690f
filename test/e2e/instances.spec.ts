import { expect, test, type Page } from './base-fixture.ts';
import { setFaults } from './mock-control.ts';

// /instances: every instance worst first, filtered and sorted through the URL.

const rows = (page: Page) => page.getByRole('table').locator('tbody tr');
const statusCells = (page: Page) => rows(page).locator('td:nth-child(3)');

test('reached from the header, worst first, filtered and sorted via the URL', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Instances' })
    .click();
  await expect(page).toHaveURL(/\/instances$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
  await expect.poll(() => rows(page).count()).toBeGreaterThanOrEqual(30);
  await expect(statusCells(page).first()).toHaveText(/Failed|Error/);
  await expect(statusCells(page).last()).toHaveText('Running');

  await page.getByLabel('Status').selectOption('stopped');
  await expect(page).toHaveURL(/status=stopped/);
  for (const text of await statusCells(page).allTextContents()) expect(text).toBe('Stopped');

  await page.getByLabel('Filter instances').fill('quantum');
  await expect(page).toHaveURL(/q=quantum/);
  await expect(page.getByText('No instance matches the filter.')).toBeVisible();
  await page.getByLabel('Status').selectOption('all');
  await expect(rows(page)).toHaveCount(1);

  // The URL alone restores the view: reload, and use back/forward-free deep links.
  await page.goto('/instances?sort=restarts');
  await expect(page.getByLabel('Sort')).toHaveValue('restarts');
  await expect.poll(() => rows(page).count()).toBeGreaterThanOrEqual(30);
  const restarts = (await rows(page).locator('td:nth-child(5)').allTextContents()).map(Number);
  expect(restarts).toEqual([...restarts].sort((a, b) => b - a));
  await page.goto('/instances?q=quantum&status=restarting');
  await expect(page.getByLabel('Filter instances')).toHaveValue('quantum');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Quantum Retail');
});

test('2,000 instances: batches of 100, expiring certificates flagged, filtering stays quick', async ({
  page,
  request,
}) => {
  await setFaults(request, { instanceCount: 2000 });
  await page.goto('/instances');
  await expect(rows(page)).toHaveCount(100);
  await expect(page.getByText(/^2000 instances/)).toBeVisible();
  await page.getByLabel('Filter instances').fill('x1500');
  await expect(rows(page)).toHaveCount(1);
  await page.getByLabel('Filter instances').fill('');
  await page.getByLabel('Sort').selectOption('name');
  await page.getByRole('button', { name: 'Show 100 more' }).click();
  await expect(rows(page)).toHaveCount(200);
  await page.goto('/instances?status=problems');
  await expect.poll(() => rows(page).count()).toBeGreaterThan(50);
  await expect(page.locator('td.ssl-expired').first()).toContainText('Expired');
  await expect(page.locator('td.ssl-soon').first()).toContainText(/Expires (in \d+ d|today)/);
});
