import { HEALTH_CATEGORIES } from '../../src/model/fleet/fleet-health.ts';
import type { HealthCategory } from '../../src/model/fleet/server-health.ts';
import { expect, test, type Page } from './base-fixture.ts';

// Phones and a small tablet: every route fits the screen (no sideways scroll, nothing past the
// right edge), the header folds into a menu that reaches every page, the fleet is cards.

const ROUTES: [path: string, heading: RegExp][] = [
  ['/', /^Fleet$/],
  ['/servers/srv-01', /^odoo-prod-eu-1$/],
  ['/instances/inst-01', /^Acme Corp$/],
  ['/wall', /^Fleet wall$/],
  ['/alerts?show=all', /^Alerts$/],
  ['/instances', /^Instances$/],
  ['/settings', /^Settings$/],
  ['/login', /^Sign in$/],
  ['/no-such-page', /^Not found$/],
];
const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];
const NAV_TARGETS: [name: string, url: RegExp][] = [
  ['Wall', /\/wall$/],
  ['Settings', /\/settings$/],
  ['Fleet', /\/$/],
];

/** Anything wider than the page, or drawn past its right edge (visually hidden text excepted). */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const pastEdge: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      // 1 px boxes are the visually-hidden pattern: there for screen readers, not drawn.
      if (box.width <= 1 || box.height <= 1) continue;
      if (box.right > width + 0.5) {
        const name = `${element.tagName.toLowerCase()}.${String(element.getAttribute('class'))}`;
        pastEdge.push(`${name} ends at ${Math.round(box.right)} px`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, pastEdge };
  });
}

async function expectFits(page: Page, where: string) {
  const seen = await overflow(page);
  expect(seen.pastEdge, `${where}: elements past the right edge`).toEqual([]);
  expect(seen.scrollWidth, `${where}: horizontal scroll`).toBeLessThanOrEqual(seen.width);
}

for (const viewport of [...PHONES, { width: 1024, height: 768 }]) {
  test(`every route fits ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const [path, heading] of ROUTES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible();
      // Wait for the data the page draws, so a late table or chart cannot slip past the check.
      if (path === '/')
        await expect(page.getByRole('link', { name: 'odoo-prod-eu-1' })).toBeVisible();
      if (path.startsWith('/servers/')) {
        await expect(page.getByRole('link', { name: 'Acme Corp' })).toBeVisible();
        await expect(page.locator('path.recharts-line-curve').first()).toHaveAttribute('d', /L/);
      }
      await expect(page.getByRole('banner').getByLabel('Current time')).toBeInViewport();
      await expectFits(page, `${path} at ${viewport.width} px`);
    }
  });
}

for (const viewport of PHONES) {
  test(`at ${viewport.width} px the menu reaches every page; clock and sign-in state stay at hand`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/servers/srv-01');
    const header = page.getByRole('banner');
    const menu = header.getByRole('button', { name: 'Menu' });
    await expect(header.getByLabel('Current time')).toBeInViewport();
    await expect(header.getByRole('navigation', { name: 'Main' })).toBeHidden();
    const box = await menu.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);

    for (const [name, url] of NAV_TARGETS) {
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      const link = header.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
      await expect(link).toBeInViewport();
      await expectFits(page, `open menu at ${viewport.width} px`);
      await link.click();
      await expect(page).toHaveURL(url);
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(header.getByLabel('Current time')).toBeInViewport();
    }

    await menu.click();
    // The key comes from config.json, so nobody signed in on this device: the way to sign in shows.
    await expect(header.getByRole('link', { name: 'Sign in' })).toBeInViewport();
    const theme = header.getByRole('button', { name: /^Theme: / });
    await expect(theme).toBeInViewport();
    await theme.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
  });

  test(`at ${viewport.width} px the fleet is cards, worst first, each card one link`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.getByRole('table')).toHaveCount(0);
    const list = page.getByRole('list', { name: /^Servers, worst first/ });
    const cards = list.locator(':scope > li');
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(13);
    // Once the latest metrics are in, a critical server leads and the never-reported one is last.
    await expect(cards.first()).toContainText(/critical/i);
    await expect(cards.last()).toContainText('Not reported yet');
    const groups = (
      await cards.evaluateAll((items) => items.map((item) => item.dataset.health))
    ).map((category) => HEALTH_CATEGORIES[category as HealthCategory].sortGroup);
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    for (const fact of ['CPU', 'Memory', 'Disk', 'Load 1 m', 'Last report']) {
      await expect(cards.first()).toContainText(fact);
    }
    await expect(cards.nth(2).getByRole('link')).toHaveCount(1);

    // A tap on the card away from its name opens the server.
    const card = cards.first();
    const name = (await card.getByRole('link').textContent()) ?? '';
    const box = await card.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await page.mouse.click(
      (box?.x ?? 0) + (box?.width ?? 0) - 12,
      (box?.y ?? 0) + (box?.height ?? 0) - 8,
    );
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  });
}

test('on a phone the period selector, buttons and the menu are at least 44 × 44 px', async ({
  page,
}) => {
  await page.setViewportSize(PHONES[0]);
  await page.goto('/servers/srv-01');
  const targets = [
    ...(await page.getByRole('radiogroup', { name: 'Period' }).locator('label').all()),
    page.getByRole('button', { name: 'Menu' }),
    page.getByRole('link', { name: 'Acme Corp' }),
  ];
  for (const target of targets) {
    const box = await target.boundingBox();
    expect(box?.width, String(await target.textContent())).toBeGreaterThanOrEqual(44);
    expect(box?.height, String(await target.textContent())).toBeGreaterThanOrEqual(44);
  }
});

test.describe('with a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true });

  test('on a phone a tap shows the chart tooltip and a sideways drag moves the crosshair', async ({
    page,
  }) => {
    await page.setViewportSize(PHONES[1]);
    await page.goto('/servers/srv-01');
    const card = page.getByRole('region', { name: 'CPU usage', exact: true });
    await expect(card.locator('path.recharts-line-curve').first()).toHaveAttribute('d', /L/);
    await card.scrollIntoViewIfNeeded();
    const box = await card.locator('.recharts-surface').boundingBox();
    if (!box) throw new Error('the CPU chart is not drawn');
    const y = box.y + box.height / 2;
    const tooltip = card.locator('.chart-tooltip');

    await page.touchscreen.tap(box.x + box.width / 2, y);
    await expect(tooltip).toContainText(/CPU: \d/);
    const afterTap = await tooltip.textContent();

    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x?: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: x === undefined ? [] : [{ x, y }],
      });
    await touch('touchStart', box.x + box.width / 2);
    for (let step = 1; step <= 8; step += 1)
      await touch('touchMove', box.x + box.width / 2 - step * 15);
    await expect(tooltip).not.toHaveText(afterTap ?? '');
    await expect(tooltip).toContainText(/CPU: \d/);
    await touch('touchEnd');
  });
});
