import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render-with-providers.tsx';
import { sharedTestMock } from '../../mock/testing/shared-test-mock.ts';

const READ_ONLY_KEY = 'ocore_k_local_readonly';

const mock = sharedTestMock({ localHost: false });
beforeAll(() => {
  // index.html's icon, which the badge replaces.
  const icon = document.createElement('link');
  icon.rel = 'icon';
  icon.href = '/favicon.svg';
  document.head.append(icon);
});
// Manual resolutions stay in the mock until reset, like a real backend.
afterEach(() => fetch(`${mock.url}/__mock/alerts`, { method: 'DELETE' }));

async function openCountFromMock(): Promise<number> {
  const response = await fetch(`${mock.url}/api/monitoring/alerts/count`, {
    headers: { Authorization: 'Bearer ocore_k_local_dev' },
  });
  return ((await response.json()) as { count: number }).count;
}

const bodyRows = () => screen.getAllByRole('row').slice(1);
const headerCount = () => screen.getByTestId('alert-count');

describe('AlertsPage', () => {
  it('lists open alerts newest first, saying what, where (linked), severity and since when', async () => {
    const open = await openCountFromMock();
    renderWithProviders({ apiOrigin: mock.url, url: '/alerts' });
    await waitFor(() => expect(bodyRows()).toHaveLength(open));
    await waitFor(() => expect(headerCount()).toHaveTextContent(`${open} open alerts`));
    const unreachable = bodyRows().find((row) => within(row).queryByText('Server unreachable'))!;
    expect(within(unreachable).getByText('Critical')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(unreachable).getByRole('link', { name: 'odoo-legacy-1' })).toHaveAttribute(
        'href',
        '/servers/srv-08',
      ),
    );
    expect(within(unreachable).getByText(/ago$/).closest('[title]')).toHaveAttribute(
      'title',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
    );
    const times = bodyRows().map(
      (row) => row.querySelector('time')?.getAttribute('dateTime') ?? '',
    );
    expect(times).toEqual([...times].sort().reverse());
    expect(document.title).toBe(`(${open}) oCore monitor`);
    expect(document.querySelector('link[rel="icon"]')?.getAttribute('href')).toMatch(
      /^data:image\/svg\+xml,/,
    );
  });

  it('keeps the filter and page size in the URL and pages with the API', async () => {
    const { user, router } = renderWithProviders({ apiOrigin: mock.url, url: '/alerts' });
    await user.click(await screen.findByRole('radio', { name: 'All' }));
    expect(router.state.location.search).toBe('?show=all');
    await user.selectOptions(screen.getByLabelText('Per page'), '10');
    expect(router.state.location.search).toBe('?show=all&per_page=10');
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    const pager = screen.getByRole('navigation', { name: 'Alert pages' });
    expect(pager).toHaveTextContent(/1–10 of \d+ · page 1 of \d+/);
    await user.click(within(pager).getByRole('button', { name: 'Next' }));
    expect(router.state.location.search).toContain('page=2');
    await waitFor(() => expect(pager).toHaveTextContent(/11–\d+ of/));
    await user.click(screen.getByRole('radio', { name: 'Resolved' }));
    expect(router.state.location.search).toBe('?show=resolved&per_page=10');
    await waitFor(() =>
      expect(bodyRows().every((row) => within(row).queryByText(/^Resolved/))).toBe(true),
    );
  });

  it('resolves one: the count drops and the row moves to resolved', async () => {
    const open = await openCountFromMock();
    const { user } = renderWithProviders({ apiOrigin: mock.url, url: '/alerts' });
    await waitFor(() => expect(bodyRows()).toHaveLength(open));
    const target = bodyRows()[0]!;
    const title = within(target)
      .getByRole('button', { name: /^Resolve / })
      .getAttribute('aria-label');
    await user.click(within(target).getByRole('button', { name: /^Resolve / }));
    await waitFor(() => expect(bodyRows()).toHaveLength(open - 1));
    expect(screen.queryByRole('button', { name: title! })).not.toBeInTheDocument();
    await waitFor(() => expect(headerCount()).toHaveTextContent(`${open - 1} open alert`));
    expect(await openCountFromMock()).toBe(open - 1);
    await user.click(screen.getByRole('radio', { name: 'Resolved' }));
    await waitFor(() => expect(screen.getAllByText(/^Resolved/).length).toBeGreaterThan(0));
  });

  it('says a read-only key cannot resolve, and keeps every row and the count', async () => {
    const open = await openCountFromMock();
    const { user } = renderWithProviders({
      apiOrigin: mock.url,
      url: '/alerts',
      token: READ_ONLY_KEY,
    });
    await waitFor(() => expect(bodyRows()).toHaveLength(open));
    await user.click(within(bodyRows()[0]!).getByRole('button', { name: /^Resolve / }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This key cannot resolve alerts');
    await waitFor(() => expect(bodyRows()).toHaveLength(open));
    expect(headerCount()).toHaveTextContent(`${open} open alerts`);
    expect(await openCountFromMock()).toBe(open);
  });

  it('resolves all only after a confirmation', async () => {
    const open = await openCountFromMock();
    const { user } = renderWithProviders({ apiOrigin: mock.url, url: '/alerts' });
    await waitFor(() => expect(bodyRows()).toHaveLength(open));
    await user.click(screen.getByRole('button', { name: 'Resolve all…' }));
    const confirm = screen.getByRole('group', { name: 'Confirm resolving all alerts' });
    expect(confirm).toHaveTextContent(`Resolve all ${open} open alerts?`);
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await openCountFromMock()).toBe(open);
    await user.click(screen.getByRole('button', { name: 'Resolve all…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, resolve all' }));
    expect(await screen.findByText('No open alerts.')).toBeInTheDocument();
    await waitFor(() => expect(headerCount()).toHaveTextContent('0 open alerts'));
    expect(await openCountFromMock()).toBe(0);
    expect(document.title).toBe('oCore monitor');
  });

  it('keeps the last good list when a refresh fails, with a way to try again', async () => {
    const { user, queryClient } = renderWithProviders({ apiOrigin: mock.url, url: '/alerts' });
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
    const before = bodyRows().length;
    await mock.setFaults({ errors: [{ pattern: '*/alerts/events*', status: 503 }] });
    await queryClient.refetchQueries({ queryKey: ['alerts', 'events'] });
    expect(await screen.findByRole('alert')).toHaveTextContent('Alerts could not be refreshed');
    expect(bodyRows()).toHaveLength(before);
    await mock.resetFaults();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('renders events of any shape: hostile text stays text', async () => {
    await mock.setFaults({ hostileText: true });
    renderWithProviders({ apiOrigin: mock.url, url: '/alerts?show=all' });
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
    expect(document.querySelector('script, img[onerror], svg[onload]')).toBeNull();
    expect(screen.getAllByText(/<script>alert\("xss"\)<\/script>/).length).toBeGreaterThan(0);
  });
});
