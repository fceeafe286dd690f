import { expect, test } from './base-fixture.ts';

// Installable: the manifest Chromium reads, its icons, the apple touch icon and the theme colours,
// all under the production CSP (the guard fails the test on any violation).

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

test('the web app manifest is served, parsed by the browser, and its icons load', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Fleet' })).toBeVisible();

  const response = await request.get('/manifest.webmanifest');
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: 'oCore monitor',
    short_name: 'oCore',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
  });
  expect(manifest.shortcuts).toEqual([
    expect.objectContaining({ name: 'Fleet', url: '/' }),
    expect.objectContaining({ short_name: 'Wall', url: '/wall?kiosk=1' }),
  ]);

  // What Chromium itself makes of the page's manifest link: no errors, the same fields.
  const cdp = await page.context().newCDPSession(page);
  const read = await cdp.send('Page.getAppManifest', {});
  expect(read.url).toBe(new URL('/manifest.webmanifest', page.url()).href);
  expect(read.errors).toEqual([]);
  expect(JSON.parse(read.data ?? '{}').name).toBe('oCore monitor');

  const icons: ManifestIcon[] = manifest.icons;
  const purposes = (size: string) =>
    icons.filter((icon) => icon.sizes === size).map((icon) => icon.purpose);
  expect(purposes('192x192')).toEqual(expect.arrayContaining(['any', 'maskable']));
  expect(purposes('512x512')).toEqual(expect.arrayContaining(['any', 'maskable']));
  expect(icons.some((icon) => icon.type === 'image/svg+xml')).toBe(true);

  const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const images = [
    ...icons.map((icon) => ({ src: icon.src, size: icon.sizes })),
    { src: appleIcon ?? '', size: '180x180' },
  ];
  for (const { src, size } of images) {
    // Loaded as an image by the page itself, so img-src is what lets it in.
    const natural = await page.evaluate(async (url) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, src);
    if (size !== 'any') expect(natural, src).toBe(size);
  }
});

test('the phone status bar takes the theme colour of the scheme in use', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/settings');
  const active = () =>
    page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].find(
          (meta) => matchMedia(meta.media || 'all').matches,
        )?.content,
    );
  expect(await active()).toBe('#ffffff');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await active()).toBe('#111a2e');
  // Pinned by the theme toggle, whatever the system says.
  await page.getByRole('button', { name: /^Theme: / }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: /^Theme: / }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await active()).toBe('#ffffff');
});
