import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-with-providers.tsx';
import { sharedTestMock } from '../../mock/testing/shared-test-mock.ts';
import { LAST_CONTACT_STORAGE_KEY } from '../app/last-contact.ts';

const mock = sharedTestMock();
const SIZE = { clientWidth: 1880, clientHeight: 940 };
beforeAll(() => {
  // jsdom has no layout: give the tile grid a 1080p-sized box to fill.
  for (const [name, value] of Object.entries(SIZE)) {
    Object.defineProperty(HTMLOListElement.prototype, name, {
      configurable: true,
      get: () => value,
    });
  }
});
afterEach(() => {
  sessionStorage.clear();
});
afterAll(() => {
  for (const name of Object.keys(SIZE)) {
    delete (HTMLOListElement.prototype as unknown as Record<string, unknown>)[name];
  }
});

const tiles = () =>
  within(screen.getByRole('list', { name: 'Servers, worst first' })).getAllByRole('heading', {
    level: 2,
  });

describe('WallPage', () => {
  it('shows the whole fleet worst first, each tile with its data age and a link', async () => {
    renderWithProviders({ apiOrigin: mock.url, url: '/wall' });
    const summary = await screen.findByRole('list', { name: 'Fleet summary' });
    expect(summary).toHaveTextContent(/^14 servers/);
    await waitFor(() => expect(summary).toHaveTextContent(/\d+ critical/));
    await waitFor(() => expect(tiles()).toHaveLength(14));
    const grid = screen.getByRole('list', { name: 'Servers, worst first' });
    // Re-read the first tile each time: tiles move as the latest samples arrive.
    await waitFor(() =>
      expect(within(grid).getAllByRole('listitem')[0]).toHaveTextContent('Critical'),
    );
    for (const tile of grid.querySelectorAll(':scope > li')) {
      expect(tile).toHaveTextContent(/Updated|Stale|No data since|Not reported yet/);
    }
    expect(within(grid).getByRole('link', { name: 'odoo-legacy-1' })).toHaveAttribute(
      'href',
      '/servers/srv-08',
    );
  });

  it('counts open alerts by severity and lists the newest in a strip', async () => {
    renderWithProviders({ apiOrigin: mock.url, url: '/wall?kiosk=1' });
    const summary = await screen.findByRole('list', { name: 'Fleet summary' });
    await waitFor(() =>
      expect(summary).toHaveTextContent(/\d+ open alerts:\s*\d+ critical\s*\d+ warning/),
    );
    const strip = screen.getByRole('region', { name: 'Newest open alerts' });
    const items = within(strip).getAllByRole('listitem');
    // Which alert is newest depends on the time of day (the mock's CPU curves cross 90 % at
    // some hours), so the first item is checked for its parts, not for one particular alert.
    expect(items[0]).toHaveTextContent(/^.+ \((Critical|Warning)\) · .+\d+ (s|min|h|d) ago$/);
    expect(items.at(-1)).toHaveTextContent(/^\+ \d+ more alerts$/);
    expect(within(strip).queryByRole('link')).not.toBeInTheDocument();
  });

  it('in kiosk mode has no navigation or links, and keeps kiosk on the next page', async () => {
    const { router } = renderWithProviders({ apiOrigin: mock.url, url: '/wall?kiosk=1' });
    await waitFor(() => expect(tiles()).toHaveLength(14));
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(document.documentElement).toHaveClass('kiosk');
    expect(screen.getByLabelText('Current time')).toBeInTheDocument();
    await router.navigate('/servers/srv-01');
    await waitFor(() => expect(router.state.location.search).toBe('?kiosk=1'));
    expect(router.state.location.pathname).toBe('/servers/srv-01');
  });

  it('says instance counts are unknown when the instance list fails, never "No instances"', async () => {
    await mock.setFaults({ errors: [{ pattern: '/api/instances', status: 503 }] });
    renderWithProviders({ apiOrigin: mock.url, url: '/wall' });
    await waitFor(() => expect(tiles()).toHaveLength(14));
    const grid = screen.getByRole('list', { name: 'Servers, worst first' });
    await waitFor(() =>
      expect(within(grid).getAllByText('Instance counts unavailable')).toHaveLength(14),
    );
    expect(within(grid).queryByText('No instances')).toBeNull();
    await mock.resetFaults();
  });

  it('says the connection is lost when nothing gets through, and clears on the first answer', async () => {
    await mock.setFaults({ errors: [{ pattern: '/api/*', status: 503 }] });
    // Earlier tests' answers were remembered as this browser's last contact.
    localStorage.removeItem(LAST_CONTACT_STORAGE_KEY);
    const { queryClient } = renderWithProviders({ apiOrigin: mock.url, url: '/wall' });
    const banner = await screen.findByText('Connection lost — retrying');
    expect(banner.closest('[role="alert"]')).toHaveTextContent('no contact yet');
    await mock.resetFaults();
    await queryClient.refetchQueries();
    await waitFor(() => expect(screen.queryByText('Connection lost — retrying')).toBeNull());
  });
});
