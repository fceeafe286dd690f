import { expect, test, type Locator, type Page, type Route } from './base-fixture.ts';
import { setFaults } from './mock-control.ts';
import { liveRegion } from './page-objects.ts';

// Every string the API gives (names, hosts, status messages, domains, grades, versions) carries
// markup, script, bidi overrides and combining marks (the mock's hostileText), and on top of that
// srv-01 and inst-01 get 10,000-character names. It must all render as inert text, and the
// layout must hold: long text truncates, with the whole of it one hover away.

/** 10,000+ characters, no break opportunity, with markup that would run if it were ever parsed. */
const LONG_NAME = `<img src=x onerror="window.__pwned=1">\u202E${'W\u0301'.repeat(4_990)}<script>window.__pwned=2</script>`;
const LONG_HOST = `${'h'.repeat(9_990)}.example.com`;

/** Serves the mock's own answer with srv-01 and inst-01 renamed to LONG_NAME. */
async function lengthenNames(page: Page) {
  const rename = async (route: Route) => {
    const response = await route.fetch();
    const body: unknown = await response.json();
    await route.fulfill({ response, json: renameIn(body) });
  };
  await page.route(
    (url) => /^\/api\/(servers|instances)(\/(srv|inst)-01)?$/.test(url.pathname),
    rename,
  );
}

function renameIn(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(renameIn);
  if (typeof body !== 'object' || body === null) return body;
  const record = { ...(body as Record<string, unknown>) };
  if (record.id === 'srv-01') Object.assign(record, { name: LONG_NAME, host: LONG_HOST });
  if (record.id === 'inst-01') record.name = LONG_NAME;
  for (const key of ['servers', 'instances'])
    if (key in record) record[key] = renameIn(record[key]);
  return record;
}

/**
 * Nothing the API sent became an element (no images, frames, scripts or event handlers), and
 * `shown`, sent as markup, is on screen as the characters it is made of.
 */
async function expectInert(page: Page, shown: RegExp = /<img src=x onerror=/) {
  const injected = await page.evaluate(() => ({
    elements: document.querySelectorAll('#root img, #root iframe, #root object, #root script')
      .length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    pwned: window.__pwned,
  }));
  expect(injected).toEqual({ elements: 0, handlers: 0, pwned: undefined });
  await expect(page.getByText(shown).first()).toBeVisible();
}

/** The page (or just its main content) never scrolls sideways, however long the text. */
async function expectNoSidewaysScroll(page: Page, what: 'page' | 'main' = 'page') {
  const [scrollWidth, clientWidth] = await page.evaluate((target) => {
    const element = target === 'main' ? document.getElementById('main') : document.documentElement;
    return [element?.scrollWidth ?? Infinity, element?.clientWidth ?? 0];
  }, what);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

async function expectTruncatedWithTitle(page: Page, element: Locator) {
  await expect(element).toHaveAttribute('title', LONG_NAME);
  const box = await element.boundingBox();
  expect(box?.width ?? Infinity).toBeLessThan(page.viewportSize()?.width ?? 0);
  expect(box?.height ?? Infinity).toBeLessThan(80);
}

/** Kept in the test's output folder, to look at how the page holds up. */
async function attachScreenshot(page: Page, name: string) {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

test.beforeEach(async ({ page, request }) => {
  await setFaults(request, { hostileText: true });
  await lengthenNames(page);
});

test('fleet: hostile names, hosts and statuses are inert text; long ones truncate', async ({
  page,
}) => {
  await page.goto('/');
  await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBeGreaterThan(10);
  await expectTruncatedWithTitle(
    page,
    page.getByRole('link', { name: /^<img src=x onerror="window/ }),
  );
  await expectInert(page);
  await expectNoSidewaysScroll(page);
  await attachScreenshot(page, 'fleet');
  // Filtering on markup is a plain substring search.
  await page.getByLabel('Filter servers').fill('<svg onload');
  await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
  await expectInert(page, /"><svg onload=alert\(document.cookie\)>/);
  // On a phone the table scrolls inside its own frame; the content around it holds.
  await page.setViewportSize({ width: 390, height: 800 });
  await expectNoSidewaysScroll(page, 'main');
});

test('server page: the 10,000-character name truncates in the title and the breadcrumbs', async ({
  page,
}) => {
  await page.goto('/servers/srv-01');
  const title = page.getByRole('heading', { level: 1 });
  await expectTruncatedWithTitle(page, title);
  await expect(page.getByText(LONG_HOST.slice(0, 40))).toHaveAttribute(
    'title',
    /^h+\.example\.com:\d+$/,
  );
  // The instances table truncates API text in its cells (whole on hover) and scrolls in its frame.
  const table = page.getByRole('table');
  const odoo = table.getByText(/^\{\{constructor/).first();
  await expect(odoo).toHaveAttribute('title', /^\{\{constructor/);
  expect((await odoo.boundingBox())?.width ?? Infinity).toBeLessThanOrEqual(18 * 16);
  await expectInert(page);
  await expectNoSidewaysScroll(page);
  await attachScreenshot(page, 'server');
});

test('instance page: a 10,000-character status message is clamped, expandable and inert', async ({
  page,
}) => {
  await page.goto('/instances/inst-01');
  await expectTruncatedWithTitle(page, page.getByRole('heading', { level: 1 }));
  // The breadcrumb and the Server fact both name the server: truncated, whole on hover.
  for (const link of await page.getByRole('link', { name: /^<img src=x onerror="window/ }).all()) {
    await expectTruncatedWithTitle(page, link);
  }
  const toggle = page.getByRole('button', { name: /Show the whole message \([\d,]+ characters\)/ });
  await expect(toggle).toBeVisible();
  const message = page.getByText(/^<b>W/);
  expect((await message.boundingBox())?.height ?? Infinity).toBeLessThan(100);
  await expect(liveRegion(page).status).toHaveText('Live');
  await expectInert(page);
  await expectNoSidewaysScroll(page);
  await attachScreenshot(page, 'instance');
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Show less' })).toBeVisible();
  await expectNoSidewaysScroll(page);
});
